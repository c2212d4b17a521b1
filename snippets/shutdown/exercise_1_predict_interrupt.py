"""Exercise 1: what does this program print when Ctrl-C arrives?"""

import asyncio
import os
import signal


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(1)
            print("heartbeat")
    finally:
        print("heartbeat: stopped")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(2.5, os.kill, os.getpid(), signal.SIGINT)  # Ctrl-C
    beat = asyncio.create_task(heartbeat())
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print(f"main: cancelled; heartbeat done? {beat.done()}")
    return "finished"


if __name__ == "__main__":
    try:
        print(f"asyncio.run() returned {asyncio.run(main())!r}")
    except KeyboardInterrupt:
        print("asyncio.run() raised KeyboardInterrupt")
