"""Exercise 2, the bug: the service notices SIGTERM seconds late."""

import asyncio
import os
import signal
import threading
import time

START = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - START:.2f} s  {text}")


def send_sigterm():  # stands for `kill <pid>` typed in another terminal
    say("operator: sends SIGTERM")
    os.kill(os.getpid(), signal.SIGTERM)


async def report_every(seconds):
    while True:
        await asyncio.sleep(seconds)
        say("service: report")


async def main():
    stop = asyncio.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    threading.Timer(2, send_sigterm).start()
    reporter = asyncio.create_task(report_every(5))
    await stop.wait()
    say("service: stopping")
    reporter.cancel()


if __name__ == "__main__":
    asyncio.run(main())
