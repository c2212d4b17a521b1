"""A Barrier holds three services until all are ready, then lets all go."""

import asyncio
import time

START = time.perf_counter()
everyone_ready = asyncio.Barrier(3)


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def service(name, warm_up):
    await asyncio.sleep(warm_up)  # load data, open connections, ...
    waiting = everyone_ready.n_waiting
    log(f"{name} is ready, {waiting} already at the barrier")
    arrival = await everyone_ready.wait()
    log(f"{name} starts serving (arrived {arrival + 1} of 3)")


async def main():
    await asyncio.gather(
        service("database", 1.2),
        service("cache", 0.4),
        service("web", 0.8),
    )


if __name__ == "__main__":
    asyncio.run(main())
