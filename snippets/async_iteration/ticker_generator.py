"""The same ticker as an async generator: async def with yield."""

import asyncio
import time


async def ticker(interval, count):
    for tick in range(1, count + 1):
        await asyncio.sleep(interval)
        yield tick


async def main():
    start = time.perf_counter()
    async for tick in ticker(0.5, 3):
        print(f"{time.perf_counter() - start:.2f} s  tick {tick}")
    print(f"{time.perf_counter() - start:.2f} s  done")


if __name__ == "__main__":
    asyncio.run(main())
