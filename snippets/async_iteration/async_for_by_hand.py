"""What async for does, step by step, with aiter() and anext()."""

import asyncio
import time


class Ticker:
    """Counts 1, 2, 3, ... up to `count`, waiting before each number."""

    def __init__(self, interval, count):
        self.interval = interval
        self.count = count
        self.ticks = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.ticks == self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.interval)
        self.ticks += 1
        return self.ticks


async def main():
    start = time.perf_counter()
    iterator = aiter(Ticker(0.5, 3))  # calls Ticker.__aiter__()
    while True:
        try:
            tick = await anext(iterator)  # awaits Ticker.__anext__()
        except StopAsyncIteration:
            break
        print(f"{time.perf_counter() - start:.2f} s  tick {tick}")
    print(f"{time.perf_counter() - start:.2f} s  done")
    print(f"one more: {await anext(iterator, 'no more ticks')}")


if __name__ == "__main__":
    asyncio.run(main())
