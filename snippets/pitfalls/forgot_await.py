"""Broken: a retry loop that forgets to await its pause between attempts."""

import asyncio
import time

READY_AT = 2.5  # the server finishes starting up 2.5 s from now


async def connect(attempt, start):
    now = time.perf_counter() - start
    ok = now >= READY_AT
    print(f"{now:.2f} s: attempt {attempt}: {'ok' if ok else 'refused'}")
    return ok


async def main():
    start = time.perf_counter()
    for attempt in range(1, 4):
        if await connect(attempt, start):
            return
        asyncio.sleep(attempt)  # meant to wait 1 s, then 2 s
    print("giving up: the server is down")


if __name__ == "__main__":
    asyncio.run(main())
