"""Predict the order: a task, and a coroutine awaited directly."""

import asyncio
import time


async def report(name, seconds, start):
    print(f"{time.perf_counter() - start:.2f} s  {name} starts")
    await asyncio.sleep(seconds)
    print(f"{time.perf_counter() - start:.2f} s  {name} ends")


async def main():
    start = time.perf_counter()
    slow = asyncio.create_task(report("slow", 2, start))
    print(f"{time.perf_counter() - start:.2f} s  slow created")
    await report("inline", 1, start)
    print(f"{time.perf_counter() - start:.2f} s  inline returned")
    await slow
    print(f"{time.perf_counter() - start:.2f} s  all done")


if __name__ == "__main__":
    asyncio.run(main())
