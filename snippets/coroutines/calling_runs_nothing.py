"""Calling a coroutine function runs none of its body: awaiting does."""

import asyncio


async def greet(name):
    print(f"greet: hello, {name}!")
    return f"greeted {name}"


async def main():
    print(f"greet is a {type(greet).__name__}")
    coro = greet("Ada")
    print(f"greet('Ada') returned a {type(coro).__name__} object")
    print("main: greet has printed nothing so far")
    result = await coro
    print(f"main: await gave back {result!r}")


if __name__ == "__main__":
    asyncio.run(main())
