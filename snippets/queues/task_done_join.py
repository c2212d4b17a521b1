"""join() waits until task_done() was called for every item, not for get()."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def worker(jobs):
    while True:
        job = await jobs.get()
        log(f"worker: starts {job}, {jobs.qsize()} left in the queue")
        await asyncio.sleep(0.5)
        log(f"worker: finished {job}")
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    for job in ["resize", "compress", "upload"]:
        jobs.put_nowait(job)
    helper = asyncio.create_task(worker(jobs))
    await jobs.join()
    log(f"main: join() returned, queue empty: {jobs.empty()}")
    helper.cancel()  # it would wait for the next job forever
    await asyncio.gather(helper, return_exceptions=True)
    log(f"main: worker cancelled: {helper.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
