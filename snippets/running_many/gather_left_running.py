"""After gather() has raised, the other coroutines still run to the end."""

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
    try:
        await asyncio.gather(
            reserve_stock(),
            step("charge the card", 2),
            step("send the confirmation", 3),
        )
    except RuntimeError as error:
        log(f"order failed: {error}")
    await asyncio.sleep(4)  # the shop goes on serving other customers
    log("shop closes")


if __name__ == "__main__":
    asyncio.run(main())
