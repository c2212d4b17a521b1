"""Python 3.13: shutdown(immediate=True) drops the jobs still queued."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def worker(name, jobs):
    while True:
        try:
            label, seconds = await jobs.get()
        except asyncio.QueueShutDown:
            log(f"{name}: queue shut down, stops")
            return
        await asyncio.sleep(seconds)
        log(f"{name}: finished {label}")
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    for n, seconds in enumerate([0.6, 0.4, 0.9, 0.3, 0.5, 0.7, 0.2, 0.8], 1):
        jobs.put_nowait((f"job-{n}", seconds))
    async with asyncio.TaskGroup() as group:
        group.create_task(worker("w1", jobs))
        group.create_task(worker("w2", jobs))
        await asyncio.sleep(1)
        log(f"main: stop now! {jobs.qsize()} jobs still queued")
        jobs.shutdown(immediate=True)
        log(f"main: shut down, {jobs.qsize()} jobs queued now")
        await jobs.join()
        log("main: join() returned")
    log("main: every worker has stopped")


if __name__ == "__main__":
    asyncio.run(main())
