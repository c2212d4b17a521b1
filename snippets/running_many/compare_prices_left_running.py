"""Comparing prices with gather(): one failure leaves the others running."""

import asyncio
import time

START = time.perf_counter()
SHOPS = {"acme": (1, 25), "corner": (2.5, 23), "bazaar": (4, 21)}


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def quote(shop, product):
    seconds, price = SHOPS[shop]
    await asyncio.sleep(seconds)
    if (shop, product) == ("acme", "kettle"):
        raise LookupError(f"{shop} has no {product}")
    log(f"{shop} quoted a {product}")
    return price


async def main():
    for product in ("kettle", "toaster"):
        try:
            prices = await asyncio.gather(
                *(quote(shop, product) for shop in SHOPS)
            )
        except LookupError as error:
            log(f"{product}: no comparison, {error}")
        else:
            log(f"{product}: best price {min(prices)} EUR")


if __name__ == "__main__":
    asyncio.run(main())
