"""gather_limited(): like gather, with at most `limit` coroutines at once."""

import asyncio
import time

START = time.perf_counter()
running = {"now": 0, "peak": 0}


async def gather_limited(limit, *coros):
    semaphore = asyncio.Semaphore(limit)  # one, shared by every coroutine

    async def limited(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(limited(coro) for coro in coros))


async def fetch(page, seconds):
    running["now"] += 1
    running["peak"] = max(running["peak"], running["now"])
    await asyncio.sleep(seconds)
    running["now"] -= 1
    return page


async def main():
    seconds = [1.2, 0.4, 0.9, 1.5, 0.2, 0.7, 1.1, 0.6]
    pages = [fetch(f"page-{n}", s) for n, s in enumerate(seconds, 1)]
    results = await gather_limited(3, *pages)
    print("results:", ", ".join(results))
    print(f"peak: {running['peak']} at once")
    total = time.perf_counter() - START
    print(f"total: {total:.2f} s (one by one: {sum(seconds):.2f} s)")


if __name__ == "__main__":
    asyncio.run(main())
