"""A thread puts readings straight into an asyncio.Queue; they come late."""

import asyncio
import threading
import time

START = time.perf_counter()


def read_thermometer(readings):
    for degrees in (60, 120, 180):
        time.sleep(1.0)  # a blocking driver call
        readings.put_nowait(degrees)


async def refresh_display():
    frames = 0
    while True:
        await asyncio.sleep(2.5)
        frames += 1  # redraw the screen


async def main():
    readings = asyncio.Queue()
    refreshing = asyncio.create_task(refresh_display())
    thread = threading.Thread(target=read_thermometer, args=(readings,))
    thread.start()
    for _ in range(3):
        degrees = await readings.get()
        now = time.perf_counter() - START
        print(f"{now:.1f} s  the oven is at {degrees} degrees")
    refreshing.cancel()


if __name__ == "__main__":
    asyncio.run(main())
