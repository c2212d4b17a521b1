"""The bill again, with each price awaited."""

import asyncio
import time


async def fetch_price(item):
    await asyncio.sleep(1)  # the price comes from a slow server
    return {"tea": 3.5, "cake": 4.25}[item]


async def main():
    start = time.perf_counter()
    for item in ("tea", "cake", "tea"):
        print(f"{item}: {await fetch_price(item)}")
    elapsed = time.perf_counter() - start
    print(f"main: the bill is printed after {elapsed:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
