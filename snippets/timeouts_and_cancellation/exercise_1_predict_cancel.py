"""Predict which lines a cancelled task prints, and when."""

import asyncio
import time


def say(start, text):
    print(f"{time.perf_counter() - start:.2f} s  {text}")


async def worker(start):
    say(start, "worker: line 1")
    await asyncio.sleep(1)
    say(start, "worker: line 2")
    time.sleep(2)  # blocks the whole event loop: there is no await
    say(start, "worker: line 3")
    try:
        await asyncio.sleep(1)
        say(start, "worker: line 4")
    except Exception:
        say(start, "worker: line 5")
    finally:
        say(start, "worker: line 6")
    say(start, "worker: line 7")


async def main():
    start = time.perf_counter()
    task = asyncio.create_task(worker(start))
    await asyncio.sleep(1.5)
    say(start, "main: cancelling the worker")
    task.cancel()
    await asyncio.wait([task])
    say(start, f"main: cancelled() is {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
