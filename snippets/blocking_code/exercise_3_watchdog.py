"""A watchdog task notices when something has blocked the event loop."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.2f} s  {message}")


def resize_photos():
    time.sleep(1.5)  # an image library at work, blocking


async def watchdog(interval=0.25, tolerance=0.1):
    loop = asyncio.get_running_loop()
    while True:
        due = loop.time() + interval
        await asyncio.sleep(interval)
        late = loop.time() - due
        if late > tolerance:
            log(f"watchdog: woke up {late:.2f} s late")


async def main():
    watching = asyncio.create_task(watchdog())
    log("checking the stock")
    await asyncio.sleep(0.6)  # asynchronous database query
    log("resizing the photos")
    resize_photos()
    log("sending the email")
    await asyncio.sleep(0.5)  # asynchronous mail client
    log("done")
    watching.cancel()


if __name__ == "__main__":
    asyncio.run(main())
