"""Greet twice, with a one-second pause in between, and time it."""

import asyncio
import time


async def main():
    start = time.perf_counter()
    print("Hello, Ada!")
    await asyncio.sleep(1)
    print("Hello, Grace!")
    elapsed = time.perf_counter() - start
    print(f"Greeted two people in {elapsed:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
