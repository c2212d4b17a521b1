"""The skeleton of a modern asyncio program: task group, queue, timeouts."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.2f} s  {message}")


async def worker(name, queue):
    while True:
        page, seconds = await queue.get()
        try:
            async with asyncio.timeout(2):  # no job may take over 2 s
                await asyncio.sleep(seconds)  # stands for real I/O
            log(f"{name}: {page} done")
        except TimeoutError:
            log(f"{name}: {page} timed out")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=1)  # a full queue makes put() wait
    jobs = [("page-1", 1.0), ("page-2", 2.5), ("page-3", 0.5), ("page-4", 1.5)]
    async with asyncio.TaskGroup() as tg:
        workers = [
            tg.create_task(worker(name, queue), name=name)
            for name in ("worker-1", "worker-2")
        ]
        for job in jobs:
            await queue.put(job)
        log("all jobs queued")
        await queue.join()  # every job taken and marked done
        for task in workers:
            task.cancel()
    log("all workers stopped")


if __name__ == "__main__":
    asyncio.run(main())
