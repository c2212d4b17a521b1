"""A timeout stops the waiting for a thread, not the thread itself."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.1f} s  {message}")


def slow_backup():
    log("backup: started")
    time.sleep(3.0)
    log("backup: finished")


async def main():
    try:
        async with asyncio.timeout(1.0):
            await asyncio.to_thread(slow_backup)
    except TimeoutError:
        log("main: gave up waiting for the backup")
    log("main: returning")


if __name__ == "__main__":
    asyncio.run(main())
    log("asyncio.run() has returned")
