"""The pipeline with two downloaders sharing the slowest stage's work."""

import asyncio
import time

START = time.perf_counter()
PAGES = {"/home": 1.0, "/about": 1.2, "/blog": 0.9, "/shop": 0.8}
PARSE, STORE = 0.3, 0.4


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def download(name, urls, pages):
    while not urls.empty():  # every URL is queued before this starts
        url = urls.get_nowait()
        await asyncio.sleep(PAGES[url])
        log(f"downloaded {url} ({name})")
        await pages.put(url)


async def parse(pages, records):
    while (url := await pages.get()) is not None:
        await asyncio.sleep(PARSE)
        log(f"parsed     {url}")
        await records.put(f"record of {url}")
    await records.put(None)


async def store(records):
    while (record := await records.get()) is not None:
        await asyncio.sleep(STORE)
        log(f"stored     {record}")


async def main():
    urls = asyncio.Queue()
    for url in PAGES:
        urls.put_nowait(url)
    pages, records = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as group:
        group.create_task(parse(pages, records))
        group.create_task(store(records))
        async with asyncio.TaskGroup() as downloaders:
            for name in ["d1", "d2"]:
                downloaders.create_task(download(name, urls, pages))
        await pages.put(None)  # both downloaders have finished
    log("all stored")


if __name__ == "__main__":
    asyncio.run(main())
