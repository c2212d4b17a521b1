"""The REPL session as a script: await inside async def, and print."""

import asyncio


async def main():
    drinks = await asyncio.gather(
        asyncio.sleep(2, "tea"), asyncio.sleep(1, "coffee")
    )
    print(drinks)
    print(await asyncio.sleep(0.5, "biscuits"))


if __name__ == "__main__":
    asyncio.run(main())
