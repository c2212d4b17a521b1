"""A lock made at import time works, and then belongs to its first loop."""

import asyncio

lock = asyncio.Lock()  # no event loop is running yet


async def use_printer(name, seconds):
    async with lock:
        await asyncio.sleep(seconds)
        print(f"{name} printed")


async def main():
    await asyncio.gather(use_printer("ana", 0.2), use_printer("ben", 0.1))


if __name__ == "__main__":
    asyncio.run(main())  # the first loop: ben waits, so the lock binds
    try:
        asyncio.run(main())  # a second loop, the same lock
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
