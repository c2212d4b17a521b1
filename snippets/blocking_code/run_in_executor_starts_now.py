"""run_in_executor() starts a job at once; to_thread() only when awaited."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.1f} s  {message}")


def boil_kettle(name):
    started = time.perf_counter() - START
    time.sleep(3.0)  # a blocking call
    ended = time.perf_counter() - START
    return f"{name}: boiled from {started:.1f} s to {ended:.1f} s"


async def main():
    loop = asyncio.get_running_loop()
    log("switching on two kettles")
    coro = asyncio.to_thread(boil_kettle, "to_thread")
    future = loop.run_in_executor(None, boil_kettle, "run_in_executor")
    await asyncio.sleep(5.0)  # weighing the flour meanwhile
    log(f"the executor's future is done: {future.done()}")
    log(await future)
    log(await coro)


if __name__ == "__main__":
    asyncio.run(main())
