"""Which value of a context variable does each task see?"""

import asyncio
import contextvars

colour = contextvars.ContextVar("colour", default="white")


async def paint(name, delay, new_colour=None):
    if new_colour:
        colour.set(new_colour)
    await asyncio.sleep(delay)
    print(f"{name} paints {colour.get()}")


async def main():
    colour.set("red")
    first = asyncio.create_task(paint("first", 2))
    colour.set("blue")
    second = asyncio.create_task(paint("second", 1, new_colour="green"))
    third = asyncio.create_task(paint("third", 3))
    await asyncio.gather(first, second, third)
    print(f"main paints {colour.get()}")


if __name__ == "__main__":
    asyncio.run(main())
