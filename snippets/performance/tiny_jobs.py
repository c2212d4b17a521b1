"""Jobs with nothing to wait for: asyncio only adds overhead."""

import asyncio
import time

N = 20_000


def square(x):
    return x * x


async def square_async(x):
    return x * x


async def calls():
    return sum(square(x) for x in range(N))


async def awaits():
    return sum([await square_async(x) for x in range(N)])


async def tasks():
    return sum(await asyncio.gather(*map(square_async, range(N))))


async def main():
    best = {calls: float("inf"), awaits: float("inf"), tasks: float("inf")}
    for _ in range(5):  # the best of five rounds, taking turns
        for way in best:
            start = time.process_time()
            total = await way()
            best[way] = min(best[way], time.process_time() - start)
    print(f"each way adds up {N:,} squares: {total:,}")
    for way in (awaits, tasks):
        ratio = best[way] / best[calls]
        if ratio < 5:
            verdict = "less than 5 times"
        elif ratio > 20:
            verdict = "more than 20 times"
        else:
            verdict = "between 5 and 20 times"
        print(f"{way.__name__}: {verdict} as long as plain calls")


if __name__ == "__main__":
    asyncio.run(main())
