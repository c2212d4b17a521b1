"""gather() wraps each coroutine in a task; results follow argument order."""

import asyncio
import time


async def fetch(page, seconds, start):
    task = asyncio.current_task().get_name()
    print(f"{time.perf_counter() - start:.2f} s  {page} starts in {task}")
    await asyncio.sleep(seconds)
    print(f"{time.perf_counter() - start:.2f} s  {page} done")
    return f"{page}.html"


async def main():
    start = time.perf_counter()
    gathering = asyncio.gather(
        fetch("home", 3, start),
        fetch("about", 1, start),
        fetch("blog", 2, start),
    )
    tasks = sorted(task.get_name() for task in asyncio.all_tasks())
    print(f"tasks after calling gather(): {tasks}")
    is_future = isinstance(gathering, asyncio.Future)
    print(f"gather() returned a future: {is_future}")
    results = await gathering
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
