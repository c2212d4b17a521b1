"""Twenty waits done three ways: one after another, in threads, in tasks."""

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

JOBS = 20
WAIT = 0.5  # seconds each job spends waiting, as for a reply


def fetch(job):
    time.sleep(WAIT)  # a blocking wait, fine in its own thread
    return job


async def afetch(job):
    await asyncio.sleep(WAIT)  # the same wait, handed to the event loop
    return job


def serially():
    return [fetch(job) for job in range(JOBS)]


def with_threads():
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        return list(pool.map(fetch, range(JOBS)))


async def with_asyncio():
    return await asyncio.gather(*(afetch(job) for job in range(JOBS)))


def measure(name, run):
    start = time.perf_counter()
    results = run()
    elapsed = time.perf_counter() - start
    print(f"{name:<8} {elapsed:5.2f} s  ({len(results)} jobs done)")


if __name__ == "__main__":
    measure("serial", serially)
    measure("threads", with_threads)
    measure("asyncio", lambda: asyncio.run(with_asyncio()))
