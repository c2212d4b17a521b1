"""Before Python 3.13: one sentinel per worker tells each one to stop."""

import asyncio
import time

START = time.perf_counter()
WORKERS = 2


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def produce(jobs):
    for n, seconds in enumerate([0.6, 0.4, 0.9, 0.3, 0.5], 1):
        await jobs.put((f"job-{n}", seconds))
    for _ in range(WORKERS):
        await jobs.put(None)  # one sentinel for each worker
    log("producer: all jobs queued")


async def worker(name, jobs):
    while (job := await jobs.get()) is not None:
        label, seconds = job
        await asyncio.sleep(seconds)
        log(f"{name}: finished {label}")
    log(f"{name}: got a sentinel, stops")


async def main():
    jobs = asyncio.Queue()
    async with asyncio.TaskGroup() as group:
        group.create_task(produce(jobs))
        for n in range(1, WORKERS + 1):
            group.create_task(worker(f"w{n}", jobs))
    log("main: every worker has stopped")


if __name__ == "__main__":
    asyncio.run(main())
