"""Tasks still running when main() returns are cancelled: work is lost."""

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
    print("editor: closing")


if __name__ == "__main__":
    asyncio.run(main())
