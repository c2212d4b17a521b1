"""Python 3.13: shutdown() lets the workers drain the queue, then stop."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def produce(jobs):
    for n, seconds in enumerate([0.6, 0.4, 0.9, 0.3, 0.5], 1):
        await jobs.put((f"job-{n}", seconds))
    jobs.shutdown()  # no more jobs; the queued ones still go out
    log("producer: all jobs queued, queue shut down")
    try:
        await jobs.put(("job-6", 0.2))
    except asyncio.QueueShutDown:
        log("producer: put() after shutdown raises QueueShutDown")


async def worker(name, jobs):
    while True:
        try:
            label, seconds = await jobs.get()
        except asyncio.QueueShutDown:  # shut down, and empty
            log(f"{name}: queue shut down and empty, stops")
            return
        await asyncio.sleep(seconds)
        log(f"{name}: finished {label}")


async def main():
    jobs = asyncio.Queue()
    async with asyncio.TaskGroup() as group:
        group.create_task(produce(jobs))
        group.create_task(worker("w1", jobs))
        group.create_task(worker("w2", jobs))
    log("main: every worker has stopped")


if __name__ == "__main__":
    asyncio.run(main())
