"""What one task costs: CPU time to create and await it, and memory."""

import asyncio
import time
import tracemalloc

N = 50_000


async def answer():
    return 42  # finishes at once: all we measure is the task itself


async def wait_for(event):
    await event.wait()  # stays pending until the event is set


async def main():
    start = time.process_time()
    tasks = [asyncio.create_task(answer()) for _ in range(N)]
    for task in tasks:
        await task
    per_task = (time.process_time() - start) / N
    verdict = "under" if per_task < 100e-6 else "over"
    print(f"create and await {N:,} tasks: {verdict} 0.1 ms per task")

    event = asyncio.Event()
    tracemalloc.start()
    tasks = [asyncio.create_task(wait_for(event)) for _ in range(N)]
    await asyncio.sleep(0)  # let every task start and pause
    size = tracemalloc.get_traced_memory()[0] / N
    tracemalloc.stop()
    print(f"{N:,} pending tasks: about {size / 1024:.0f} KB each")
    event.set()
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main())
