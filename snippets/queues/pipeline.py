"""A pipeline: download -> queue -> parse -> queue -> store, all at once."""

import asyncio
import time

START = time.perf_counter()
PAGES = {"/home": 1.0, "/about": 1.2, "/blog": 0.9, "/shop": 0.8}
PARSE, STORE = 0.3, 0.4


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def download(pages):
    for url, seconds in PAGES.items():
        await asyncio.sleep(seconds)  # the network: the slowest stage
        log(f"downloaded {url}")
        await pages.put(url)
    await pages.put(None)  # a sentinel: no more pages


async def parse(pages, records):
    while (url := await pages.get()) is not None:
        await asyncio.sleep(PARSE)  # the processor
        log(f"parsed     {url}")
        await records.put(f"record of {url}")
    await records.put(None)


async def store(records):
    while (record := await records.get()) is not None:
        await asyncio.sleep(STORE)  # the database
        log(f"stored     {record}")


async def main():
    pages, records = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as group:
        group.create_task(download(pages))
        group.create_task(parse(pages, records))
        group.create_task(store(records))
    one_by_one = sum(PAGES.values()) + len(PAGES) * (PARSE + STORE)
    log(f"all stored (one page at a time: {one_by_one:.2f} s)")


if __name__ == "__main__":
    asyncio.run(main())
