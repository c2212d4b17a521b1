"""An async generator is not awaited: it is iterated with async for."""

import asyncio


async def countdown(start):
    for number in range(start, 0, -1):
        await asyncio.sleep(1)
        yield number


async def main():
    try:
        await countdown(3)
    except TypeError as error:
        print(f"await countdown(3): TypeError: {error}")
    async for number in countdown(3):
        print(f"async for got {number}")
    print("liftoff")


if __name__ == "__main__":
    asyncio.run(main())
