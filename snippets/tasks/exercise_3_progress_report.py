"""A progress report: every second, which downloads are still pending."""

import asyncio
import time


async def download(size, seconds):
    await asyncio.sleep(seconds)
    return f"{size} MB"


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(download(size, seconds), name=name)
        for name, size, seconds in [
            ("video", 700, 2.5),
            ("photo", 3, 0.5),
            ("music", 40, 1.5),
        ]
    ]
    while not all(task.done() for task in tasks):
        await asyncio.sleep(1)
        pending = [task.get_name() for task in tasks if not task.done()]
        print(f"{time.perf_counter() - start:.2f} s  pending: {pending}")
    for task in tasks:
        print(f"{task.get_name()}: {task.result()}")


if __name__ == "__main__":
    asyncio.run(main())
