"""Sync on the outside, async in the middle, plain functions inside."""

import asyncio


def to_fahrenheit(celsius):  # plain function: callable from anywhere
    return celsius * 9 / 5 + 32


async def read_sensor(room, seconds):  # async: it waits for a reply
    await asyncio.sleep(seconds)
    return {"kitchen": 21.5, "cellar": 12.0}[room]


async def report(room, seconds):
    celsius = await read_sensor(room, seconds)
    print(f"{room}: {celsius} C = {to_fahrenheit(celsius)} F")


async def main():
    await report("kitchen", 1)
    await report("cellar", 2)


def cli():  # synchronous code: the bridge into async code is asyncio.run
    print("cli: starting the event loop")
    asyncio.run(main())
    print("cli: the event loop is closed, back in plain Python")


if __name__ == "__main__":
    cli()
