"""Async comprehensions: lists, sets and dicts built with async for."""

import asyncio
import time


async def ticker(interval, count):
    for tick in range(1, count + 1):
        await asyncio.sleep(interval)
        yield tick


async def main():
    start = time.perf_counter()
    ticks = [tick async for tick in ticker(0.5, 4)]
    print(f"{time.perf_counter() - start:.2f} s  list {ticks}")
    odd = {tick async for tick in ticker(0.5, 4) if tick % 2}
    print(f"{time.perf_counter() - start:.2f} s  set {odd}")
    squares = {tick: tick * tick async for tick in ticker(0.5, 4)}
    print(f"{time.perf_counter() - start:.2f} s  dict {squares}")
    doubled = (2 * tick async for tick in ticker(0.5, 4))
    print(f"{time.perf_counter() - start:.2f} s  {type(doubled).__name__}")
    async for number in doubled:
        print(f"{time.perf_counter() - start:.2f} s  got {number}")


if __name__ == "__main__":
    asyncio.run(main())
