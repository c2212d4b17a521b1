"""Solution: one task per download, so the three waits overlap."""

import asyncio
import time


async def download(url):
    await asyncio.sleep(1)  # waiting for the server
    return f"<contents of {url}>"


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as group:
        tasks = [
            group.create_task(download(url))
            for url in ["/news", "/weather", "/sport"]
        ]
    pages = [task.result() for task in tasks]
    print(f"{len(pages)} pages in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
