"""A task that computes without awaiting keeps every other task waiting."""

import asyncio


async def crunch():
    for chunk in range(1, 4):
        sum(range(3_000_000))  # real work, and no await
        print(f"crunch: chunk {chunk} done")


async def ping():
    for number in range(1, 4):
        print(f"ping {number}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(crunch(), ping())


if __name__ == "__main__":
    asyncio.run(main())
