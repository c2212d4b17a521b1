"""Predict the order: eager tasks, one of which starts another."""

import asyncio


async def child():
    print("child: runs")


async def parent():
    print("parent: starts")
    task = asyncio.create_task(child())
    print(f"parent: child done: {task.done()}")
    await asyncio.sleep(0)
    print("parent: resumes")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print("main: before")
    task = asyncio.create_task(parent())
    print("main: after")
    await task
    print("main: end")


if __name__ == "__main__":
    asyncio.run(main())
