"""Awaiting every save before main() returns, so none is lost."""

import asyncio


async def save(name, seconds):
    print(f"{name}: saving")
    await asyncio.sleep(seconds)  # writing to a slow disk
    print(f"{name}: saved")


async def main():
    saves = [
        asyncio.create_task(save("draft", 1), name="draft"),
        asyncio.create_task(save("backup", 3), name="backup"),
    ]
    print(f"editor: started {len(saves)} saves")
    await asyncio.sleep(2)  # the user types a little more
    for task in saves:
        await task  # wait until this save is done
    print("editor: closing")


if __name__ == "__main__":
    asyncio.run(main())
