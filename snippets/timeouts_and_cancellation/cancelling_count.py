"""cancelling() counts cancel requests; asyncio.timeout relies on it."""

import asyncio
import time


def say(start, text):
    print(f"{time.perf_counter() - start:.2f} s  {text}")


async def fetch(name, start):
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(5)
            finally:
                say(
                    start, f"{name}: cleanup, cancelling() = {me.cancelling()}"
                )
                await asyncio.sleep(1)  # slow cleanup
                say(start, f"{name}: cleanup finished")
    except TimeoutError:
        say(start, f"{name}: TimeoutError, cancelling() = {me.cancelling()}")
        return "a cached copy"


async def main():
    start = time.perf_counter()
    alone = asyncio.create_task(fetch("alone", start))
    stopped = asyncio.create_task(fetch("stopped", start))
    await asyncio.sleep(0.5)
    stopped.cancel()
    await asyncio.wait([stopped])
    say(start, f"main: stopped.cancelled() is {stopped.cancelled()}")
    say(start, f"main: alone returned {await alone!r}")


if __name__ == "__main__":
    asyncio.run(main())
