"""One Event releases every waiting task at once; clear() resets it."""

import asyncio
import time

START = time.perf_counter()
doors_open = asyncio.Event()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def customer(name, arrives):
    await asyncio.sleep(arrives)
    log(f"{name} arrives, doors open: {doors_open.is_set()}")
    await doors_open.wait()
    log(f"{name} goes in")


async def manager():
    await asyncio.sleep(1)
    log("manager opens the doors")
    doors_open.set()
    await asyncio.sleep(1.5)
    log("manager closes the doors")
    doors_open.clear()
    await asyncio.sleep(1.5)
    log("manager opens the doors again")
    doors_open.set()


async def main():
    await asyncio.gather(
        manager(),
        customer("ana", 0.6),
        customer("ben", 0.2),
        customer("cy", 0.4),
        customer("dee", 2.0),
        customer("eve", 3.0),
    )


if __name__ == "__main__":
    asyncio.run(main())
