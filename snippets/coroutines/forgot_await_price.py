"""A forgotten await hands you a coroutine object instead of a price."""

import asyncio


async def fetch_price(item):
    await asyncio.sleep(1)  # the price comes from a slow server
    return {"tea": 3.5, "cake": 4.25}[item]


async def main():
    for item in ("tea", "cake", "tea"):
        print(f"{item}: {fetch_price(item)}")
    print("main: the bill is printed")


if __name__ == "__main__":
    asyncio.run(main())
