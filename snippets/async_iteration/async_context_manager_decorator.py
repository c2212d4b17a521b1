"""The same connection written with contextlib.asynccontextmanager."""

import asyncio
import time
from contextlib import asynccontextmanager

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


@asynccontextmanager
async def connect(name):
    log(f"{name}: connecting")
    await asyncio.sleep(0.5)  # the handshake with the server
    log(f"{name}: connected")
    try:
        yield name  # the body of the async with block runs here
    finally:
        log(f"{name}: closing")
        await asyncio.sleep(0.2)  # saying goodbye to the server
        log(f"{name}: closed")


async def main():
    async with connect("db") as connection:
        log(f"main: using {connection}")
    try:
        async with connect("db"):
            raise ValueError("bad recipe")
    except ValueError as error:
        log(f"main: caught {error!r}")


if __name__ == "__main__":
    asyncio.run(main())
