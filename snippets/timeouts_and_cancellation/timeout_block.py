"""asyncio.timeout cancels the work inside and raises TimeoutError."""

import asyncio
import time


async def download(start):
    print(f"{time.perf_counter() - start:.2f} s  download starts")
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"{time.perf_counter() - start:.2f} s  download cancelled")
        raise
    print(f"{time.perf_counter() - start:.2f} s  download ends")
    return "report.pdf"


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(2) as scope:
            name = await download(start)
            print(f"got {name}")
    except TimeoutError as error:
        elapsed = time.perf_counter() - start
        print(f"{elapsed:.2f} s  main: TimeoutError from {error.__cause__!r}")
    print(f"scope.expired() is {scope.expired()}")


if __name__ == "__main__":
    asyncio.run(main())
