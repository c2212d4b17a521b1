"""Ctrl-C under asyncio.run(): main() is cancelled, then KeyboardInterrupt."""

import asyncio
import os
import signal
import time

START = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - START:.2f} s  {text}")


async def main():
    loop = asyncio.get_running_loop()
    # Stands for the user pressing Ctrl-C, 2 seconds from now.
    loop.call_later(2, os.kill, os.getpid(), signal.SIGINT)
    try:
        say("main: serving")
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        say("main: cancelled")
        raise
    finally:
        say("main: cleaning up")
        await asyncio.sleep(0.5)  # cleanup may await
        say("main: clean")


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        say("asyncio.run() raised KeyboardInterrupt")
