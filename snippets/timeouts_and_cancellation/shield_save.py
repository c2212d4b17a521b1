"""shield: the wait is cancelled, the work inside carries on."""

import asyncio
import time


def say(start, text):
    print(f"{time.perf_counter() - start:.2f} s  {text}")


async def save_order(start):
    await asyncio.sleep(3)
    say(start, "save_order: committed")
    return "order 42"


async def main():
    start = time.perf_counter()
    save = asyncio.create_task(save_order(start), name="save")
    try:
        async with asyncio.timeout(1):
            await asyncio.shield(save)
    except TimeoutError:
        say(start, "main: stopped waiting; the customer sees 'saving...'")
    say(start, f"main: save done() is {save.done()}")
    result = await save
    say(start, f"main: {result} is saved")


if __name__ == "__main__":
    asyncio.run(main())
