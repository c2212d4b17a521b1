"""A bounded queue holds a fast producer back to a slow consumer's pace."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def produce(queue):
    for item in range(1, 7):
        await asyncio.sleep(0.1)  # making an item is quick
        if queue.full():
            log(f"producer: queue full, waits to put {item}")
        await queue.put(item)
        log(f"producer: put {item}, size {queue.qsize()}")
    await queue.put(None)  # a sentinel: no more items
    log(f"producer: put the sentinel, size {queue.qsize()}")


async def consume(queue):
    while (item := await queue.get()) is not None:
        log(f"consumer: got {item}, size {queue.qsize()}")
        await asyncio.sleep(0.5)  # handling an item is slow
    log("consumer: got the sentinel, all handled")


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(produce(queue), consume(queue))


if __name__ == "__main__":
    asyncio.run(main())
