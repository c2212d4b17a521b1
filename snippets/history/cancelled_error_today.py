"""Since 3.8, CancelledError is a BaseException: except Exception misses it."""

import asyncio


async def careless():
    try:
        await asyncio.sleep(10)
    except Exception as error:  # catches errors, but not cancellation
        print(f"careless: caught {type(error).__name__}")
    print("careless: carried on")  # never runs


async def main():
    names = [cls.__name__ for cls in asyncio.CancelledError.__mro__]
    print(" -> ".join(names))
    task = asyncio.create_task(careless())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: the task was cancelled: {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
