"""await coro runs it inline: no new task, and no switch by itself."""

import asyncio


async def bystander():
    print("bystander: finally my turn")


async def add(a, b):  # a coroutine that never pauses
    return a + b


async def main():
    task = asyncio.create_task(bystander())  # ready to run
    total = 0
    for number in range(1, 4):
        total = await add(total, number)
        print(f"main: awaited add(), total is {total}")
    print("main: three awaits, and the bystander has not run")
    await asyncio.sleep(0)  # this await really pauses main
    print("main: back after sleep(0)")
    await task


if __name__ == "__main__":
    asyncio.run(main())
