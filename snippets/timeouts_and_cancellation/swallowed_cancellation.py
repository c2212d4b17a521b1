"""A task that swallows CancelledError defeats asyncio.timeout."""

import asyncio
import time


def say(start, text):
    print(f"{time.perf_counter() - start:.2f} s  {text}")


async def save_pages(start):
    for page in range(1, 4):
        try:
            await asyncio.sleep(1)
            say(start, f"saved page {page}")
        except asyncio.CancelledError:
            say(start, f"page {page} cancelled, never mind")


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(1.5) as scope:
            await save_pages(start)
        say(start, f"main: no TimeoutError, expired() is {scope.expired()}")
    except TimeoutError:
        say(start, "main: TimeoutError")


if __name__ == "__main__":
    asyncio.run(main())
