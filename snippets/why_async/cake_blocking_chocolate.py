"""A third cake task that should overlap with the other two, but does not."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.1f} s  {message}")


async def preheat_oven():
    for temperature in (60, 120, 180):
        await asyncio.sleep(1.0)  # the oven heats up; we are free
        log(f"the oven is at {temperature} degrees")


async def mix_batter():
    for ingredient in ("flour", "eggs", "sugar"):
        await asyncio.sleep(0.6)  # the mixer stirs it in; we are free
        log(f"mixed in the {ingredient}")


async def melt_chocolate():
    for burst in (1, 2, 3):
        time.sleep(0.7)  # the microwave runs
        log(f"microwave burst {burst} done")


async def main():
    log("start")
    await asyncio.gather(preheat_oven(), mix_batter(), melt_chocolate())
    log("ready to bake")


if __name__ == "__main__":
    asyncio.run(main())
