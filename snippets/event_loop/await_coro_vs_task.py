"""await coro runs in the caller's task; await task waits for another one."""

import asyncio


async def where(how):
    name = asyncio.current_task().get_name()
    print(f"{how}: running in task {name!r}")
    await asyncio.sleep(1)


async def main():
    print(f"main: running in task {asyncio.current_task().get_name()!r}")
    await where("await where()")
    await asyncio.create_task(where("await create_task(where())"))
    await asyncio.gather(where("gather, first"), where("gather, second"))


if __name__ == "__main__":
    asyncio.run(main())
