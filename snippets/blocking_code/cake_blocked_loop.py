"""One blocking call in a coroutine holds up every other task of the loop."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.1f} s  {message}")


async def preheat_oven():
    for temperature in (60, 120, 180):
        await asyncio.sleep(1.0)  # the oven heats up; we are free
        log(f"the oven is at {temperature} degrees")


async def borrow_eggs():
    log("knocking on the neighbour's door for eggs")
    time.sleep(2.5)  # we stand at the door until they answer
    log("got the eggs")


async def main():
    log("start")
    await asyncio.gather(preheat_oven(), borrow_eggs())
    log("ready to bake")


if __name__ == "__main__":
    asyncio.run(main())
