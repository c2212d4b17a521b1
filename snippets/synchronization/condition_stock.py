"""Customers wait on a Condition until the stock covers their order."""

import asyncio
import time

START = time.perf_counter()
stock = {"boxes": 0}
changed = asyncio.Condition()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def customer(name, wants):
    def enough():
        log(f"{name} checks: {stock['boxes']} in stock, wants {wants}")
        return stock["boxes"] >= wants

    async with changed:
        await changed.wait_for(enough)
        stock["boxes"] -= wants
        log(f"{name} takes {wants}, {stock['boxes']} left")


async def supplier():
    for boxes in [3, 4, 5]:
        await asyncio.sleep(1)
        async with changed:
            stock["boxes"] += boxes
            log(f"supplier delivers {boxes}, {stock['boxes']} in stock")
            changed.notify_all()


async def main():
    await asyncio.gather(
        customer("ana", 4), customer("ben", 2), customer("cy", 5), supplier()
    )


if __name__ == "__main__":
    asyncio.run(main())
