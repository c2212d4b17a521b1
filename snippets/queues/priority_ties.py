"""Equal priorities compare the payloads; a counter breaks the tie."""

import asyncio
import itertools


async def main():
    jobs = asyncio.PriorityQueue()
    await jobs.put((1, {"page": "/home"}))
    try:
        await jobs.put((1, {"page": "/about"}))  # same priority: compare dicts
    except TypeError as error:
        print(f"TypeError: {error}")

    jobs = asyncio.PriorityQueue()
    counter = itertools.count()  # 0, 1, 2, ...: never equal
    for priority, page in [(2, "/blog"), (1, "/home"), (1, "/about")]:
        await jobs.put((priority, next(counter), {"page": page}))
    while not jobs.empty():
        priority, _, job = await jobs.get()
        print(priority, job)


if __name__ == "__main__":
    asyncio.run(main())
