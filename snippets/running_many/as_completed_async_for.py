"""Since Python 3.13, async for over as_completed() yields your own tasks."""

import asyncio
import time


async def ask(seconds):
    await asyncio.sleep(seconds)
    return f"answered after {seconds} s"


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(ask(3), name="paris"),
        asyncio.create_task(ask(1), name="tokyo"),
        asyncio.create_task(ask(2), name="lima"),
    ]
    async for task in asyncio.as_completed(tasks):
        elapsed = time.perf_counter() - start
        print(f"{elapsed:.2f} s  {task.get_name()} {task.result()}")


if __name__ == "__main__":
    asyncio.run(main())
