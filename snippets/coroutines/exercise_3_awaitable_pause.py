"""An awaitable class: await Pause(seconds) returns the time it waited."""

import asyncio
import inspect
import time


class Pause:
    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):  # a generator: await drives it like yield from
        start = time.perf_counter()
        yield from asyncio.sleep(self.seconds).__await__()
        return time.perf_counter() - start


async def main():
    pause = Pause(1.5)
    print(f"isawaitable: {inspect.isawaitable(pause)}")
    print(f"iscoroutine: {inspect.iscoroutine(pause)}")
    waited = await pause
    print(f"waited {waited:.2f} s")
    print(f"awaited again, waited {await pause:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
