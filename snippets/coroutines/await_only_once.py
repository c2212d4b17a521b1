"""A coroutine object runs once: awaiting it a second time fails."""

import asyncio


async def roll_die():
    print("roll_die: rolling")
    await asyncio.sleep(1)
    return 4  # chosen by a fair roll of the die


async def main():
    roll = roll_die()
    print(f"first await: {await roll}")
    try:
        print(f"second await: {await roll}")
    except RuntimeError as error:
        print(f"second await: RuntimeError: {error}")
    print(f"a new coroutine object: {await roll_die()}")


if __name__ == "__main__":
    asyncio.run(main())
