"""wait_for cancels a slow coroutine and waits for its cleanup."""

import asyncio
import time


async def query(start):
    try:
        await asyncio.sleep(10)
        return ["row 1", "row 2"]
    finally:
        print(f"{time.perf_counter() - start:.2f} s  query: cleaning up")
        await asyncio.sleep(0.5)  # telling the server to stop, say
        print(f"{time.perf_counter() - start:.2f} s  query: cleaned up")


async def main():
    same = asyncio.TimeoutError is TimeoutError
    print(f"asyncio.TimeoutError is TimeoutError: {same}")
    start = time.perf_counter()
    try:
        rows = await asyncio.wait_for(query(start), timeout=2)
        print(f"got {rows}")
    except TimeoutError:
        print(f"{time.perf_counter() - start:.2f} s  main: TimeoutError")


if __name__ == "__main__":
    asyncio.run(main())
