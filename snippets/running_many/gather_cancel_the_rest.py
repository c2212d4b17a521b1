"""Keep the tasks, and cancel the ones still running when gather() raises."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def reserve_stock():
    await asyncio.sleep(1)
    raise RuntimeError("out of stock")


async def step(name, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{name}: cancelled")
        raise
    log(f"{name}: done")


async def main():
    tasks = [
        asyncio.create_task(reserve_stock()),
        asyncio.create_task(step("charge the card", 2)),
        asyncio.create_task(step("send the confirmation", 3)),
    ]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as error:
        log(f"order failed: {error}")
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(4)  # the shop goes on serving other customers
    log("shop closes")


if __name__ == "__main__":
    asyncio.run(main())
