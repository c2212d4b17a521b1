"""await inside a comprehension: one call after another, not at once."""

import asyncio
import time


async def weigh(ingredient, seconds):
    await asyncio.sleep(seconds)  # the scale settles
    return f"{ingredient} weighed"


ORDER = {"flour": 0.3, "eggs": 0.2, "sugar": 0.1}


async def main():
    start = time.perf_counter()
    weighed = [await weigh(name, seconds) for name, seconds in ORDER.items()]
    print(f"{time.perf_counter() - start:.2f} s  {weighed}")

    start = time.perf_counter()
    weighed = await asyncio.gather(
        *(weigh(name, seconds) for name, seconds in ORDER.items())
    )
    print(f"{time.perf_counter() - start:.2f} s  {weighed}")


if __name__ == "__main__":
    asyncio.run(main())
