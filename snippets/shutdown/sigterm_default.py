"""Without a handler, SIGTERM ends the program at once: no cleanup runs."""

import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    # Stands for `kill <pid>`, or a process manager, 2 seconds from now.
    loop.call_later(2, os.kill, os.getpid(), signal.SIGTERM)
    try:
        print("main: serving")
        await asyncio.sleep(3600)
    finally:
        print("main: cleaning up")


if __name__ == "__main__":
    asyncio.run(main())
