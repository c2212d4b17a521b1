"""Spot the bug: main deletes a file that the writer is still closing."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s: {message}")


async def writer():
    try:
        while True:
            await asyncio.sleep(1)
            log("writer: wrote a line")
    finally:
        log("writer: flushing the file")
        await asyncio.sleep(0.5)
        log("writer: file closed")


async def main():
    task = asyncio.create_task(writer())
    await asyncio.sleep(2.5)
    task.cancel()
    log("main: writer stopped, deleting the file")
    await asyncio.sleep(1)  # main goes on with other work


if __name__ == "__main__":
    asyncio.run(main())
