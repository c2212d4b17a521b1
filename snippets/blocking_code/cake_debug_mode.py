"""Debug mode names the task that blocked the loop, and for how long."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.1f} s  {message}")


async def preheat_oven():
    for temperature in (60, 120, 180):
        await asyncio.sleep(1.0)
        log(f"the oven is at {temperature} degrees")


async def borrow_eggs():
    log("knocking on the neighbour's door for eggs")
    time.sleep(2.5)
    log("got the eggs")


async def main():
    log("start")
    loop = asyncio.get_running_loop()
    oven = loop.create_task(preheat_oven(), name="oven")
    eggs = loop.create_task(borrow_eggs(), name="eggs")
    await oven
    await eggs
    log("ready to bake")


if __name__ == "__main__":
    asyncio.run(main(), debug=True)
