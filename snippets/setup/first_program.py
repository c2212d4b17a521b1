"""A first asyncio program: a countdown that pauses one second per step."""

import asyncio
import time


async def main():
    start = time.perf_counter()
    for n in [3, 2, 1]:
        print(f"{time.perf_counter() - start:.2f} s  {n}...")
        await asyncio.sleep(1)
    print(f"{time.perf_counter() - start:.2f} s  Liftoff!")


if __name__ == "__main__":
    asyncio.run(main())
