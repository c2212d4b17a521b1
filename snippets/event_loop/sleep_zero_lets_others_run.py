"""await asyncio.sleep(0) between chunks of work lets other tasks run."""

import asyncio


async def crunch():
    for chunk in range(1, 4):
        sum(range(3_000_000))  # real work
        print(f"crunch: chunk {chunk} done")
        await asyncio.sleep(0)  # a real pause: others get a turn


async def ping():
    for number in range(1, 4):
        print(f"ping {number}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(crunch(), ping())


if __name__ == "__main__":
    asyncio.run(main())
