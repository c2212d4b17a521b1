"""When one coroutine fails, gather() raises at once; the others go on."""

import asyncio
import time


async def job(name, seconds, start, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{time.perf_counter() - start:.2f} s  {name} finished")
    return f"{name} done"


async def main():
    start = time.perf_counter()
    try:
        await asyncio.gather(
            job("upload", 3, start),
            job("resize", 1, start, fail=True),
            job("thumbnail", 2, start),
        )
    except ValueError as error:
        elapsed = time.perf_counter() - start
        print(f"{elapsed:.2f} s  gather() raised ValueError: {error}")
    await asyncio.sleep(4)
    print(f"{time.perf_counter() - start:.2f} s  main() ends")


if __name__ == "__main__":
    asyncio.run(main())
