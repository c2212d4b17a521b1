"""asyncio.Runner runs several coroutines, one after another, on one loop."""

import asyncio
import time

start = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - start:.2f} s  {text}")


async def heartbeat():
    try:
        for beat in range(1, 1000):
            await asyncio.sleep(1)
            say(f"heartbeat {beat}")
    finally:
        say("heartbeat: cancelled as the runner closes")


async def connect():
    say("connect: starting the heartbeat")
    return asyncio.create_task(heartbeat()), asyncio.get_running_loop()


async def work(seconds):
    say(f"work: {seconds} s of work")
    await asyncio.sleep(seconds)
    return asyncio.get_running_loop()


if __name__ == "__main__":
    with asyncio.Runner() as runner:
        beating, first_loop = runner.run(connect())
        second_loop = runner.run(work(2.5))
        say(f"both runs used one loop: {first_loop is second_loop}")
        say(f"and it is runner.get_loop(): {first_loop is runner.get_loop()}")
        say(f"the heartbeat is still running: {not beating.done()}")
    say(f"after the with block, the loop is closed: {first_loop.is_closed()}")
