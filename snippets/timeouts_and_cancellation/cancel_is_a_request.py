"""cancel() only asks: the task stops at its next await, after cleanup."""

import asyncio
import time


def say(start, text):
    print(f"{time.perf_counter() - start:.2f} s  {text}")


async def worker(start):
    say(start, "worker: starts a 10 s job")
    try:
        await asyncio.sleep(10)
        say(start, "worker: job done")
    finally:
        say(start, "worker: cleaning up")
        await asyncio.sleep(1)  # closing a connection, say
        say(start, "worker: cleaned up")


async def main():
    start = time.perf_counter()
    task = asyncio.create_task(worker(start), name="worker")
    await asyncio.sleep(2)
    say(start, f"main: task.cancel() returns {task.cancel()}")
    say(start, f"main: done() {task.done()}, cancelled() {task.cancelled()}")
    try:
        await task
    except asyncio.CancelledError:
        say(start, "main: awaiting the task raised CancelledError")
    say(start, f"main: done() {task.done()}, cancelled() {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
