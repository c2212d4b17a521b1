"""Fixed: inside a coroutine, await the coroutine instead of running it."""

import asyncio


async def fetch_price(item):
    await asyncio.sleep(1)
    return 3.5


def price_of(item):  # still fine for synchronous scripts
    return asyncio.run(fetch_price(item))


async def main():
    print(f"tea costs {await fetch_price('tea')}")


if __name__ == "__main__":
    asyncio.run(main())
    print(f"coffee costs {price_of('coffee')}")
