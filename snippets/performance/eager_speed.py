"""Eager tasks pay off for coroutines that finish without pausing."""

import asyncio
import time

N = 20_000
CACHE = {key: key * key for key in range(100)}


async def cached(key):
    return CACHE[key % 100]  # a cache hit: no pause at all


async def pauses(key):
    await asyncio.sleep(0)  # gives up control once, like any real wait
    return key


async def run_all(job, eager):
    factory = asyncio.eager_task_factory if eager else None
    asyncio.get_running_loop().set_task_factory(factory)
    start = time.process_time()
    async with asyncio.TaskGroup() as group:
        for key in range(N):
            group.create_task(job(key))
    return time.process_time() - start


async def main():
    for job in (cached, pauses):
        best = {False: float("inf"), True: float("inf")}
        for _ in range(5):  # the best of five rounds, taking turns
            for eager in best:
                best[eager] = min(best[eager], await run_all(job, eager))
        speedup = best[False] / best[True]
        if speedup >= 2:
            verdict = "eager tasks are at least twice as fast"
        elif speedup > 0.5:
            verdict = "no big difference (less than 2x either way)"
        else:
            verdict = "eager tasks are at least twice as slow"
        print(f"{job.__name__}: {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
