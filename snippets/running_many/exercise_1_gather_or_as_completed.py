"""Exercise 1: gather() and as_completed() over the same three orders."""

import asyncio
import time


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    print(f"  {drink} is ready")
    return drink


async def main():
    start = time.perf_counter()
    orders = [("latte", 3), ("espresso", 1), ("tea", 2)]

    print("with gather():")
    drinks = await asyncio.gather(*(brew(d, s) for d, s in orders))
    print(f"  served: {drinks}")

    print("with as_completed():")
    served = []
    for next_drink in asyncio.as_completed([brew(d, s) for d, s in orders]):
        served.append(await next_drink)
    print(f"  served: {served}")

    print(f"total: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
