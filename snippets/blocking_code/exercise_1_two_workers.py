"""Three blocking jobs share a pool of two worker threads."""

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()


def job(name, seconds):
    started = time.perf_counter() - START
    time.sleep(seconds)
    ended = time.perf_counter() - START
    return f"{name}: from {started:.1f} s to {ended:.1f} s"


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [
            loop.run_in_executor(pool, job, "knead the dough", 3.0),
            loop.run_in_executor(pool, job, "whip the cream", 1.0),
            loop.run_in_executor(pool, job, "chop the nuts", 1.5),
        ]
        for line in await asyncio.gather(*futures):
            print(line)
    print(f"all done at {time.perf_counter() - START:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
