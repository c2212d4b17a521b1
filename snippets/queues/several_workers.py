"""Three workers share one queue: whoever is free takes the next job."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def worker(name, jobs, done_by):
    while True:
        job, seconds = await jobs.get()
        await asyncio.sleep(seconds)
        log(f"{name} finished {job} ({seconds} s)")
        done_by[name].append(job)
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    for n, seconds in enumerate([1.3, 0.4, 0.7, 0.5, 0.9, 0.3, 0.6], 1):
        jobs.put_nowait((f"job-{n}", seconds))
    done_by = {"w1": [], "w2": [], "w3": []}
    workers = [asyncio.create_task(worker(w, jobs, done_by)) for w in done_by]
    await jobs.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for name, done in done_by.items():
        print(f"{name}: {', '.join(done)}")
    print(f"total: {time.perf_counter() - START:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
