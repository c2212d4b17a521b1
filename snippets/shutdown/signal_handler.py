"""Turn SIGTERM and SIGINT into an asyncio.Event with add_signal_handler."""

import asyncio
import os
import signal
import time

START = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - START:.2f} s  {text}")


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_signal(sig):
        say(f"got {sig.name}, current task: {asyncio.current_task()}")
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal, sig)
    loop.call_later(2, os.kill, os.getpid(), signal.SIGTERM)
    say("main: serving until SIGTERM or Ctrl-C")
    await stop.wait()
    say("main: shutting down")
    await asyncio.sleep(0.5)  # closing connections, say
    say("main: goodbye")


if __name__ == "__main__":
    asyncio.run(main())
