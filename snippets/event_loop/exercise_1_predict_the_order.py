"""Predict the order: callbacks, a new task, and sleep(0)."""

import asyncio


async def chatty():
    print("task: step 1")
    await asyncio.sleep(0)
    print("task: step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, print, "call_later(0.5)")
    loop.call_soon(print, "call_soon A")
    task = asyncio.create_task(chatty())
    loop.call_soon(print, "call_soon B")
    print("main: before sleep(0)")
    await asyncio.sleep(0)
    print("main: after sleep(0)")
    await asyncio.sleep(1)
    print("main: after sleep(1)")
    await task


if __name__ == "__main__":
    asyncio.run(main())
