"""Threads overlap blocking waits, but not pure-Python computation."""

import asyncio
import time


def wait():
    time.sleep(0.5)  # a blocking call that lets go of the GIL


def compute():
    sum(n * n for n in range(3_000_000))  # Python code holds the GIL


async def in_four_threads(job):
    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(asyncio.to_thread(job) for _ in range(4)))
    return time.perf_counter() - wall, time.process_time() - cpu


async def main():
    start = time.perf_counter()
    for _ in range(4):
        await asyncio.to_thread(wait)
    print(f"4 waits, one after another: {time.perf_counter() - start:.1f} s")
    wall, _ = await in_four_threads(wait)
    print(f"4 waits in 4 threads:       {wall:.1f} s")
    wall, cpu = await in_four_threads(compute)
    cores = "more than one core" if cpu / wall > 1.2 else "one core at most"
    print(f"4 computations in 4 threads used {cores} on average")


if __name__ == "__main__":
    asyncio.run(main())
