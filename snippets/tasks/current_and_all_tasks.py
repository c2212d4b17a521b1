"""current_task() names the task running now; all_tasks() lists the rest."""

import asyncio


def unfinished():
    return sorted(task.get_name() for task in asyncio.all_tasks())


async def download(seconds):
    me = asyncio.current_task()
    print(f"{me.get_name()}: downloading for {seconds} s")
    await asyncio.sleep(seconds)
    print(f"{me.get_name()}: done; unfinished: {unfinished()}")


async def main():
    asyncio.current_task().set_name("main")
    tasks = [
        asyncio.create_task(download(seconds), name=f"download-{seconds}")
        for seconds in (2, 1)
    ]
    print(f"main: unfinished: {unfinished()}")
    await asyncio.sleep(1.5)
    print(f"main: unfinished: {unfinished()}")
    for task in tasks:
        await task
    print(f"main: unfinished: {unfinished()}")


if __name__ == "__main__":
    asyncio.run(main())
