"""A half-finished port: the decorator is gone, but yield from is not."""

import asyncio


def copy_folder(name, seconds):  # was decorated with @asyncio.coroutine
    yield from asyncio.sleep(seconds)
    return f"{name} copied"


async def main():
    for name, seconds in (("photos", 2), ("notes", 1)):
        print(await copy_folder(name, seconds))


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except TypeError as error:
        print(f"TypeError: {error}")
