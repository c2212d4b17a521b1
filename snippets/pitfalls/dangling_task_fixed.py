"""Fixed: a task group keeps the receipt task and waits for it."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s: {message}")


async def send_receipt(order):
    try:
        await asyncio.sleep(2)  # talking to the mail server
        log(f"receipt for order {order} sent")
    except asyncio.CancelledError:
        log(f"receipt for order {order} cancelled, never sent")
        raise


async def main():
    async with asyncio.TaskGroup() as group:
        group.create_task(send_receipt(17))
        await asyncio.sleep(1)  # the rest of the work for this order
        log("main: order 17 complete")
    log("main: every task of order 17 is done")


if __name__ == "__main__":
    asyncio.run(main())
