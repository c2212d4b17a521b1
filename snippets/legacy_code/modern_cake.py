"""The old cake ported: async def, await, a task group and asyncio.run."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.1f} s  {message}")


async def preheat_oven():
    for temperature in (60, 120, 180):
        await asyncio.sleep(1.0)
        log(f"the oven is at {temperature} degrees")


async def mix_batter():
    for ingredient in ("flour", "eggs", "sugar"):
        await asyncio.sleep(0.6)
        log(f"mixed in the {ingredient}")


async def main():
    async with asyncio.TaskGroup() as kitchen:
        kitchen.create_task(preheat_oven())
        kitchen.create_task(mix_batter())
    log("ready to bake")


if __name__ == "__main__":
    asyncio.run(main())
