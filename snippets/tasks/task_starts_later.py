"""A new task starts only when the task that created it yields."""

import asyncio


async def greet():
    print("greet: started")
    await asyncio.sleep(1)
    print("greet: finished")
    return "hello"


async def main():
    task = asyncio.create_task(greet())
    print("main: task created")
    total = sum(range(1_000_000))  # busy work, no await: greet waits
    print(f"main: computed {total}")
    await asyncio.sleep(0)  # yields to the loop: greet starts now
    print("main: back after sleep(0)")
    result = await task
    print(f"main: the task returned {result!r}")


if __name__ == "__main__":
    asyncio.run(main())
