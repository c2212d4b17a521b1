"""Broken: a fire-and-forget task is cancelled when asyncio.run() ends."""

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
    asyncio.create_task(send_receipt(17))
    await asyncio.sleep(1)  # the rest of the work for this order
    log("main: order 17 complete")


if __name__ == "__main__":
    asyncio.run(main())
