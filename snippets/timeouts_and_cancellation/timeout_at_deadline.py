"""asyncio.timeout_at: several steps share one deadline on the loop's clock."""

import asyncio


async def step(name, seconds, deadline, start):
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(deadline) as scope:
        await asyncio.sleep(seconds)
    now, left = loop.time() - start, scope.when() - loop.time()
    print(f"{now:.2f} s  {name} done, {left:.2f} s left")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + 5
    print(f"the deadline is {deadline - start:.2f} s after the start")
    try:
        await step("parse", 2, deadline, start)
        await step("resize", 1.5, deadline, start)
        await step("upload", 3, deadline, start)
    except TimeoutError:
        print(f"{loop.time() - start:.2f} s  missed the deadline")


if __name__ == "__main__":
    asyncio.run(main())
