"""An async generator function is not a coroutine function."""

import asyncio
import inspect


async def nap(seconds):
    await asyncio.sleep(seconds)
    return "rested"


async def ticker(interval, count):
    for tick in range(1, count + 1):
        await asyncio.sleep(interval)
        yield tick


async def main():
    for function in (nap, ticker):
        print(
            f"{function.__name__}: "
            f"iscoroutinefunction {inspect.iscoroutinefunction(function)}, "
            f"isasyncgenfunction {inspect.isasyncgenfunction(function)}"
        )
    for call in (nap(0.5), ticker(0.5, 3)):
        name = type(call).__name__
        print(f"{name}: awaitable {inspect.isawaitable(call)}")
        try:
            print(f"  await gives {await call!r}")
        except TypeError as error:
            print(f"  await raises TypeError: {error}")
            print(f"  await anext() gives {await anext(call)!r}")


if __name__ == "__main__":
    asyncio.run(main())
