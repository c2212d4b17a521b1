"""The backup ported properly: async def, and await for yield from."""

import asyncio
import time


async def copy_folder(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} copied"


async def main():
    start = time.perf_counter()
    for name, seconds in (("photos", 2), ("notes", 1)):
        print(await copy_folder(name, seconds))
    print(f"{time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
