"""A coroutine is driven like a generator: send(), then StopIteration."""

import asyncio


async def brew():
    print("  brew: starts")
    await asyncio.sleep(0)
    print("  brew: resumes")
    return "tea"


def main():
    coro = brew()
    print(f"caller: got a {type(coro).__name__}, nothing has run yet")
    print("caller: send(None)")
    print(f"caller: it paused, and handed out {coro.send(None)!r}")
    print("caller: send(None)")
    try:
        coro.send(None)
    except StopIteration as stop:
        print(f"caller: StopIteration, value = {stop.value!r}")


if __name__ == "__main__":
    main()
