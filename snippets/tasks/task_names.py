"""Every task has a name: one you give it, or a numbered default."""

import asyncio


async def report():
    me = asyncio.current_task()
    print(f"running in task {me.get_name()!r}")
    await asyncio.sleep(1)


async def main():
    print(f"main runs in task {asyncio.current_task().get_name()!r}")
    unnamed = asyncio.create_task(report())
    named = asyncio.create_task(report(), name="downloader")
    print(f"created {unnamed.get_name()!r} and {named.get_name()!r}")
    named.set_name("downloader-1")
    await unnamed
    await named


if __name__ == "__main__":
    asyncio.run(main())
