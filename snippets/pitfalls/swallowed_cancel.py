"""Broken: a task that logs its cancellation and carries on."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s: {message}")


async def heartbeat():
    for _ in range(5):
        try:
            await asyncio.sleep(1)
            log("heartbeat")
        except asyncio.CancelledError:
            log("heartbeat: cancelled, carrying on")


async def upload():
    await asyncio.sleep(1.5)
    raise OSError("disk full")


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(heartbeat())
            group.create_task(upload())
    except* OSError:
        log("main: the upload failed")


if __name__ == "__main__":
    asyncio.run(main())
