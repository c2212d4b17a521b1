"""gather() runs its coroutines as tasks and returns results in order."""

import asyncio
import time


async def nap(name, seconds, start):
    print(f"{time.perf_counter() - start:.2f} s  {name} starts")
    await asyncio.sleep(seconds)
    print(f"{time.perf_counter() - start:.2f} s  {name} finishes")
    return f"{name} slept {seconds} s"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        nap("first", 2, start),
        nap("second", 1, start),
    )
    print(results)
    print(f"total: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
