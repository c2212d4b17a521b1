"""Startup, serving and cleanup on one event loop, with asyncio.Runner."""

import asyncio
import os
import signal
import time

START = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - START:.2f} s  {text}")


async def keep_alive():
    while True:
        await asyncio.sleep(1)
        say("keepalive: ping")


async def startup():
    say("startup: connecting")
    await asyncio.sleep(1)
    say("startup: connected, starting the keepalive task")
    return asyncio.create_task(keep_alive())  # outlives startup()


async def serve():
    loop = asyncio.get_running_loop()
    loop.call_later(2.2, os.kill, os.getpid(), signal.SIGINT)  # Ctrl-C
    say("serve: serving")
    await asyncio.sleep(3600)


async def cleanup(pinger):
    pinger.cancel()
    await asyncio.wait([pinger])
    say("cleanup: keepalive stopped, disconnecting")
    await asyncio.sleep(0.5)
    say("cleanup: done")


def main():
    with asyncio.Runner() as runner:
        pinger = runner.run(startup())
        try:
            runner.run(serve())
        except KeyboardInterrupt:
            say("main: interrupted")
        finally:
            runner.run(cleanup(pinger))
    say("main: loop closed")


if __name__ == "__main__":
    main()
