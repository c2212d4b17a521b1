"""Predict the output: one greeting on its own, then two at once."""

import asyncio
import time

START = time.perf_counter()


async def greet(name, seconds):
    await asyncio.sleep(seconds)
    elapsed = time.perf_counter() - START
    print(f"{elapsed:.2f} s  Hello, {name}!")


async def main():
    await greet("Ada", 2)
    await asyncio.gather(greet("Grace", 2), greet("Linus", 1))
    print("Done")


if __name__ == "__main__":
    asyncio.run(main())
