"""Spot the bug: three downloads that should overlap take three times long."""

import asyncio
import time


async def download(url):
    await asyncio.sleep(1)  # waiting for the server
    return f"<contents of {url}>"


async def main():
    start = time.perf_counter()
    pages = []
    for url in ["/news", "/weather", "/sport"]:
        pages.append(await download(url))
    print(f"{len(pages)} pages in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
