"""A retry loop that catches BaseException: the timeout cannot stop it."""

import asyncio
import time


def say(start, text):
    print(f"{time.perf_counter() - start:.2f} s  {text}")


async def fetch(attempt):
    await asyncio.sleep(1)
    raise ConnectionError(f"attempt {attempt} failed")  # the server is down


async def fetch_with_retries(start):
    for attempt in range(1, 5):
        try:
            return await fetch(attempt)
        except BaseException as error:
            say(start, f"{error!r}, retrying")
    return None


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(2.5):
            result = await fetch_with_retries(start)
        say(start, f"main: no TimeoutError, the result is {result}")
    except TimeoutError:
        say(start, "main: TimeoutError")


if __name__ == "__main__":
    asyncio.run(main())
