"""Plain with on an async context manager raises TypeError."""

import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        with lock:
            print("never printed")
    except TypeError as error:
        print(f"with lock: TypeError: {error}")
    async with lock:
        print(f"inside async with lock: locked {lock.locked()}")
    print(f"after the block: locked {lock.locked()}")


if __name__ == "__main__":
    asyncio.run(main())
