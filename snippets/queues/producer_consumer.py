"""A producer hands orders to a consumer through an asyncio.Queue."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def take_orders(orders):
    for drink, arrives_after in [("latte", 0.5), ("tea", 0.3), ("mocha", 0.4)]:
        await asyncio.sleep(arrives_after)
        await orders.put(drink)
        log(f"till: {drink} ordered, {orders.qsize()} in the queue")
    await orders.put(None)  # a sentinel: no more orders
    log("till: closed")


async def make_drinks(orders):
    while (drink := await orders.get()) is not None:
        log(f"barista: makes {drink}")
        await asyncio.sleep(1)
        log(f"barista: {drink} is ready")
    log("barista: all done")


async def main():
    orders = asyncio.Queue()
    await asyncio.gather(take_orders(orders), make_drinks(orders))


if __name__ == "__main__":
    asyncio.run(main())
