"""Counting primes three ways: threads and asyncio are no faster here."""

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

CHUNKS = [range(start, start + 25_000) for start in range(0, 100_000, 25_000)]


def is_prime(n):
    for divisor in range(2, int(n**0.5) + 1):
        if n % divisor == 0:
            return False
    return n > 1


def count_primes(numbers):
    return sum(map(is_prime, numbers))


def with_threads():
    with ThreadPoolExecutor(max_workers=len(CHUNKS)) as pool:
        return sum(pool.map(count_primes, CHUNKS))


async def with_asyncio():
    async def count(numbers):  # a coroutine with nothing to await
        return count_primes(numbers)

    return sum(await asyncio.gather(*map(count, CHUNKS)))


WAYS = {
    "serial": lambda: sum(map(count_primes, CHUNKS)),
    "threads": with_threads,
    "asyncio": lambda: asyncio.run(with_asyncio()),
}

if __name__ == "__main__":
    best = {}  # each way's fastest of five rounds, the ways taking turns
    for _ in range(5):
        for name, run in WAYS.items():
            wall, cpu = time.perf_counter(), time.process_time()
            primes = run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[name] = min(best.get(name, (wall, cpu)), (wall, cpu))
    print(f"each way found {primes} primes below 100,000")
    for name in ("threads", "asyncio"):
        wall, cpu = best[name]
        # Faster means a clear lead, won by using more than one core at once.
        faster = wall < 0.75 * best["serial"][0] and cpu > 1.2 * wall
        print(f"{name}: {'faster' if faster else 'no faster'} than serial")
