"""Broken: a blocking call in a coroutine stops every other task."""

import asyncio
import time


def download_blocking(url):
    time.sleep(1.0)  # stands for a library call that blocks, e.g. requests
    return f"contents of {url}"


async def ticker(start):
    for _ in range(4):
        print(f"tick at {time.perf_counter() - start:.2f} s")
        await asyncio.sleep(0.5)


async def fetch(url, start):
    await asyncio.sleep(0.2)
    page = download_blocking(url)
    print(f"got {page} at {time.perf_counter() - start:.2f} s")


async def main():
    start = time.perf_counter()
    await asyncio.gather(ticker(start), fetch("/report", start))


if __name__ == "__main__":
    asyncio.run(main())
