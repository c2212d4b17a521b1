"""The benchmark fixed: the asyncio version overlaps its waits."""

import asyncio
import time

PAGES = 10


def download(page):
    time.sleep(0.5)  # waiting for the server
    return f"page {page}"


async def download_async(page):
    await asyncio.sleep(0.5)  # the same wait, handed to the event loop
    return f"page {page}"


async def download_all():
    return await asyncio.gather(*map(download_async, range(PAGES)))


if __name__ == "__main__":
    start = time.perf_counter()
    pages = [download(page) for page in range(PAGES)]
    serial = time.perf_counter() - start
    print(f"plain code: {len(pages)} pages in {serial:.2f} s")

    start = time.perf_counter()
    pages = asyncio.run(download_all())
    concurrent = time.perf_counter() - start
    print(f"asyncio:    {len(pages)} pages in {concurrent:.2f} s")
    print(f"asyncio is {serial / concurrent:.1f} times as fast")
