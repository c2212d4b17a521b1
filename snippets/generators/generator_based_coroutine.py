"""A generator-based coroutine, the way asyncio began: await accepts it."""

import asyncio
import time
import types


@types.coroutine
def nap(seconds):
    yield from asyncio.sleep(seconds)
    return f"napped for {seconds} s"


async def main():
    start = time.perf_counter()
    print(await nap(2))
    print(f"{time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    print(f"asyncio.coroutine exists: {hasattr(asyncio, 'coroutine')}")
    asyncio.run(main())
