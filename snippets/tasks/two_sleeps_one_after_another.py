"""Awaiting two sleeps one after the other: 2 s + 1 s take 3 s."""

import asyncio
import time


async def nap(name, seconds, start):
    print(f"{time.perf_counter() - start:.2f} s  {name} starts")
    await asyncio.sleep(seconds)
    print(f"{time.perf_counter() - start:.2f} s  {name} finishes")
    return f"{name} slept {seconds} s"


async def main():
    start = time.perf_counter()
    first = await nap("first", 2, start)
    second = await nap("second", 1, start)
    print(first, "and", second)
    print(f"total: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
