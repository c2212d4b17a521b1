"""Predict what this prints on each clock, and how long each run takes."""

import asyncio
import time


async def main():
    start = time.perf_counter()
    print("kettle on")
    await asyncio.sleep(4 * 60)
    minutes = (time.perf_counter() - start) / 60
    print(f"{minutes:.1f} min  water boiled, tea in the pot")
    await asyncio.sleep(3 * 60)
    minutes = (time.perf_counter() - start) / 60
    print(f"{minutes:.1f} min  tea ready")


if __name__ == "__main__":
    asyncio.run(main())
