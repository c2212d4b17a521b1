"""Broken: a helper calls asyncio.run() while an event loop is running."""

import asyncio


async def fetch_price(item):
    await asyncio.sleep(1)
    return 3.5


def price_of(item):  # a synchronous helper, meant for scripts
    return asyncio.run(fetch_price(item))


async def main():
    try:
        print(f"tea costs {price_of('tea')}")
    except RuntimeError as error:
        print(f"RuntimeError: {error}")


if __name__ == "__main__":
    asyncio.run(main())
