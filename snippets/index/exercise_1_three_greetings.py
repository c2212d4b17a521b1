"""Greet three people concurrently with gather and time the whole run."""

import asyncio
import time


async def greet(name, seconds):
    await asyncio.sleep(seconds)
    print(f"Hello, {name}!")


async def main():
    start = time.perf_counter()
    await asyncio.gather(
        greet("Ada", 1.5),
        greet("Grace", 1),
        greet("Linus", 0.5),
    )
    elapsed = time.perf_counter() - start
    print(f"Greeted three people in {elapsed:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
