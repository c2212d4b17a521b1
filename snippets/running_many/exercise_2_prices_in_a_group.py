"""Exercise 2: a TaskGroup stops the other quotes when one of them fails."""

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
            async with asyncio.TaskGroup() as group:
                tasks = [
                    group.create_task(quote(shop, product)) for shop in SHOPS
                ]
        except* LookupError as errors:
            log(f"{product}: no comparison, {errors.exceptions[0]}")
        else:
            prices = [task.result() for task in tasks]
            log(f"{product}: best price {min(prices)} EUR")


if __name__ == "__main__":
    asyncio.run(main())
