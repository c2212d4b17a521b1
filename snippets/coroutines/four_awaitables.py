"""Four kinds of awaitable: a coroutine, a task, a future, an __await__."""

import asyncio
import time


async def brew(drink):
    await asyncio.sleep(1)
    return drink


class Kettle:
    """Not a coroutine, but awaitable: it has an __await__ method."""

    def __await__(self):
        return brew("hot water").__await__()


async def main():
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(1, future.set_result, "cocoa")
    for name, awaitable in [
        ("coroutine", brew("tea")),
        ("task", asyncio.create_task(brew("coffee"))),
        ("future", future),
        ("Kettle()", Kettle()),
    ]:
        result = await awaitable
        print(f"{time.perf_counter() - start:.2f} s  {name:9} -> {result}")
    try:
        await 42
    except TypeError as error:
        print(f"await 42: TypeError: {error}")


if __name__ == "__main__":
    asyncio.run(main())
