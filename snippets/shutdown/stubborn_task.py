"""A task that ignores its cancellation holds up the end of asyncio.run()."""

import asyncio
import time

START = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - START:.2f} s  {text}")


async def flush_cache():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        say("flush: cancelled, but I will finish my 5 s of work first")
        await asyncio.sleep(5)
        say("flush: done")


async def main():
    task = asyncio.create_task(flush_cache(), name="flush")
    await asyncio.sleep(1)
    say(f"main: returning, {task.get_name()} still running")


if __name__ == "__main__":
    asyncio.run(main())
    say("asyncio.run() returned")
