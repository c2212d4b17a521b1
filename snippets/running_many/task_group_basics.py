"""A TaskGroup waits for every task started in it before the block ends."""

import asyncio
import time


async def fetch(page, seconds, start):
    await asyncio.sleep(seconds)
    print(f"{time.perf_counter() - start:.2f} s  {page} done")
    return f"{page}.html"


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as group:
        home = group.create_task(fetch("home", 3, start), name="home")
        about = group.create_task(fetch("about", 1, start), name="about")
        group.create_task(fetch("blog", 2, start), name="blog")
        print(f"{time.perf_counter() - start:.2f} s  three tasks started")
    print(f"{time.perf_counter() - start:.2f} s  the block has ended")
    print(f"results: {home.result()}, {about.result()}")


if __name__ == "__main__":
    asyncio.run(main())
