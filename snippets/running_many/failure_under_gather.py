"""One failure under gather(): the siblings are neither told nor stopped."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def pay():
    await asyncio.sleep(1)
    raise ConnectionError("payment service is down")


async def step(name, seconds, cleanup):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        await asyncio.sleep(cleanup)  # undo what was half done
        log(f"{name}: cancelled, cleaned up")
        raise
    log(f"{name}: done")


async def main():
    try:
        await asyncio.gather(
            pay(),
            step("reserve stock", 2, cleanup=0.1),
            step("book a courier", 4, cleanup=0.2),
        )
    except ConnectionError as error:
        log(f"main: caught {error!r}")
    await asyncio.sleep(2)  # main() goes on with other work
    log("main: returns")


if __name__ == "__main__":
    asyncio.run(main())
