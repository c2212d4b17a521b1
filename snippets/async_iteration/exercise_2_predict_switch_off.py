"""Predict the output: when is each thermometer switched off?"""

import asyncio
import time
from contextlib import aclosing

START = time.perf_counter()
SENSORS = {}


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


async def thermometer(name, step):
    temperature = 20
    try:
        while True:
            await asyncio.sleep(1)
            temperature += step
            yield temperature
    finally:
        log(f"{name}: switched off")


async def wait_until(readings, target):
    async for temperature in readings:
        if temperature >= target:
            return temperature


async def main():
    await wait_until(thermometer("butter", 10), 40)
    log("main: the butter has melted")
    SENSORS["oven"] = thermometer("oven", 40)
    await wait_until(SENSORS["oven"], 180)
    log("main: the oven is hot")
    async with aclosing(thermometer("cake", 25)) as probe:
        await wait_until(probe, 95)
    log("main: the cake is baked")


if __name__ == "__main__":
    asyncio.run(main())
