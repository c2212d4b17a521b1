"""What asyncio.run() tidies up after main() returns, and in which order."""

import asyncio
import time

start = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - start:.1f} s  {text}")


async def forever():
    try:
        await asyncio.sleep(3600)
    finally:
        say("leftover task: cancelled")


async def numbers():
    try:
        for number in range(1_000_000):
            yield number
    finally:
        say("async generator: closed")


def backup():  # blocking work, run in the default executor's thread
    time.sleep(2)
    say("worker thread: backup finished")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(forever())
    stream = numbers()
    say(f"main: first number is {await anext(stream)}")
    job = loop.run_in_executor(None, backup)
    await asyncio.sleep(1)
    say("main: returning")
    return loop, task, stream, job  # keep them alive after main() ends


if __name__ == "__main__":
    loop, task, stream, job = asyncio.run(main())
    say(f"asyncio.run() returned; the loop is closed: {loop.is_closed()}")
