"""A worker thread hands its readings to the event loop through a queue."""

import asyncio
import time


def read_thermometer(loop, readings):
    for degrees in (60, 120, 180):
        time.sleep(1.0)  # a blocking driver call
        loop.call_soon_threadsafe(readings.put_nowait, degrees)
    loop.call_soon_threadsafe(readings.put_nowait, None)  # no more


async def main():
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    readings = asyncio.Queue()
    worker = asyncio.create_task(
        asyncio.to_thread(read_thermometer, loop, readings)
    )
    while (degrees := await readings.get()) is not None:
        now = time.perf_counter() - start
        print(f"{now:.1f} s  the oven is at {degrees} degrees")
    await worker


if __name__ == "__main__":
    asyncio.run(main())
