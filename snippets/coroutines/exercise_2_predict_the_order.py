"""Predict the output: when does each coroutine's body run?"""

import asyncio


async def step(name):
    print(f"{name}: running")
    return name.upper()


async def main():
    first = step("first")
    second = step("second")
    print("main: both created")
    print(f"main: got {await second}")
    print(f"main: got {await first}")
    third = step("third")
    third.close()
    print("main: third closed")


if __name__ == "__main__":
    asyncio.run(main())
