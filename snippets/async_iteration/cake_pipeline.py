"""The cake as async generators: an oven, and a scale feeding a mixer."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.1f} s  {message}")


async def heat_oven(target):
    for temperature in range(60, target + 1, 60):
        await asyncio.sleep(1.0)  # the oven heats up; we are free
        yield temperature


async def weigh(ingredients):
    for ingredient in ingredients:
        await asyncio.sleep(0.3)  # the scale settles
        log(f"weighed the {ingredient}")
        yield ingredient


async def mix(ingredients):
    async for ingredient in ingredients:
        await asyncio.sleep(0.6)  # the mixer stirs it in; we are free
        yield ingredient


async def watch_oven():
    async for temperature in heat_oven(180):
        log(f"the oven is at {temperature} degrees")


async def make_batter():
    async for ingredient in mix(weigh(["flour", "eggs", "sugar"])):
        log(f"mixed in the {ingredient}")


async def main():
    log("start")
    await asyncio.gather(watch_oven(), make_batter())
    log("ready to bake")


if __name__ == "__main__":
    asyncio.run(main())
