"""CPU-bound work in a process pool leaves the event loop free."""

import asyncio
from concurrent.futures import ProcessPoolExecutor

RANGES = [(start, start + 50_000) for start in range(0, 200_000, 50_000)]


def count_primes(start, stop):
    count = 0
    for n in range(max(start, 2), stop):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


async def heartbeat(beats):
    while True:
        await asyncio.sleep(0.05)
        beats.append("beat")


def report(where, total, beats):
    state = "kept going" if beats else "stopped"
    print(f"{total} primes counted {where}; the heartbeat {state}")


async def main():
    loop = asyncio.get_running_loop()
    beats = []
    beating = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0.2)  # the heartbeat is going

    beats.clear()
    total = sum(count_primes(start, stop) for start, stop in RANGES)
    report("in the loop's thread", total, beats)

    beats.clear()
    with ProcessPoolExecutor(max_workers=4) as pool:
        jobs = [loop.run_in_executor(pool, count_primes, *r) for r in RANGES]
        total = sum(await asyncio.gather(*jobs))
    report("in four processes", total, beats)
    beating.cancel()


if __name__ == "__main__":
    asyncio.run(main())
