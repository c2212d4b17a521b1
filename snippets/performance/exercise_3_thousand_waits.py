"""A thousand waits: a pool of threads against one task per wait."""

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

REQUESTS = 1_000


def request(number):
    time.sleep(1)  # waiting for a reply, blocking this thread
    return number


async def request_async(number):
    await asyncio.sleep(1)  # the same wait, pausing only this task
    return number


def with_threads(workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(request, range(REQUESTS)))


async def with_asyncio():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(request_async(n)) for n in range(REQUESTS)]
    return [task.result() for task in tasks]


def measure(name, run):
    start = time.perf_counter()
    replies = run()
    elapsed = time.perf_counter() - start
    print(f"{name:<20} {len(replies):,} replies in {elapsed:6.2f} s")


if __name__ == "__main__":
    measure("50 threads", lambda: with_threads(50))
    measure("1,000 tasks", lambda: asyncio.run(with_asyncio()))
