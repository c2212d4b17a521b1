"""return_exceptions=True puts exceptions in the list beside the results."""

import asyncio
import time


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    return f"done in {seconds} s"


async def main():
    start = time.perf_counter()
    names = ["upload", "resize", "thumbnail"]
    results = await asyncio.gather(
        job("upload", 3),
        job("resize", 1, fail=True),
        job("thumbnail", 2),
        return_exceptions=True,
    )
    print(f"{time.perf_counter() - start:.2f} s  {results}")
    for name, result in zip(names, results, strict=True):
        if isinstance(result, BaseException):
            print(f"{name}: failed, {result!r}")
        else:
            print(f"{name}: {result}")


if __name__ == "__main__":
    asyncio.run(main())
