"""Broken: gather() raises the first error, and the other tasks run on."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s: {message}")


async def upload(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise OSError(f"{name}: disk full")
    log(f"{name} uploaded")


async def main():
    try:
        await asyncio.gather(
            upload("photo.jpg", 1, fail=True),
            upload("video.mp4", 3),
        )
    except OSError as error:
        log(f"backup failed: {error}")
        log("deleting the partial backup")
    await asyncio.sleep(3)  # the program goes on with other work


if __name__ == "__main__":
    asyncio.run(main())
