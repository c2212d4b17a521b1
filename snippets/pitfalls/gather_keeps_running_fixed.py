"""Fixed: a task group cancels the other tasks when one of them fails."""

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
        async with asyncio.TaskGroup() as group:
            group.create_task(upload("photo.jpg", 1, fail=True))
            group.create_task(upload("video.mp4", 3))
    except* OSError as group_error:
        log(f"backup failed: {group_error.exceptions[0]}")
        log("deleting the partial backup")
    await asyncio.sleep(3)  # the program goes on with other work


if __name__ == "__main__":
    asyncio.run(main())
