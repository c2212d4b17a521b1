"""Predict: when does each put() return, with room for just one item?"""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def produce(queue):
    for item in ["a", "b", "c", "d"]:
        await queue.put(item)
        log(f"put {item}")


async def consume(queue):
    for _ in range(4):
        item = await queue.get()
        log(f"        got {item}")
        await asyncio.sleep(1)


async def main():
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(produce(queue), consume(queue))


if __name__ == "__main__":
    asyncio.run(main())
