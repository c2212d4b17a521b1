"""The modern idiom: one asyncio.timeout around a TaskGroup."""

import asyncio
import time


def say(start, text):
    print(f"{time.perf_counter() - start:.2f} s  {text}")


async def download(name, seconds, start):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        say(start, f"{name}: cancelled")
        raise
    say(start, f"{name}: done")
    return f"{seconds * 250} kB"


async def main():
    start = time.perf_counter()
    files = {"index.html": 1, "style.css": 3, "video.mp4": 8}
    try:
        async with asyncio.timeout(5):
            async with asyncio.TaskGroup() as tg:
                tasks = [
                    tg.create_task(download(name, seconds, start), name=name)
                    for name, seconds in files.items()
                ]
    except TimeoutError:
        say(start, "main: the batch missed its 5 s deadline")
    for task in tasks:
        outcome = "cancelled" if task.cancelled() else task.result()
        print(f"{task.get_name()}: {outcome}")


if __name__ == "__main__":
    asyncio.run(main())
