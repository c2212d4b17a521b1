"""Callbacks: call_soon runs them in FIFO order, call_later at their time."""

import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    finished = loop.create_future()

    def say(text):
        print(f"{loop.time() - start:.2f} s  {text}")

    def first():
        say("call_soon: first")
        loop.call_soon(say, "call_soon from inside first")

    loop.call_later(0.2, say, "call_later(0.2)")
    loop.call_later(0.1, say, "call_later(0.1)")
    loop.call_soon(first)
    loop.call_soon(say, "call_soon: second")
    loop.call_soon(say, "call_soon: third")
    loop.call_later(0.3, finished.set_result, None)
    say("main: everything is scheduled, nothing has run")
    await finished


if __name__ == "__main__":
    asyncio.run(main())
