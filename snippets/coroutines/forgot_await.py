"""Forgetting await: the coroutine never runs, and Python warns."""

import asyncio


async def save(document):
    print(f"save: writing {document}")
    await asyncio.sleep(1)
    print(f"save: {document} is safe on disk")


async def main():
    save("draft.txt")
    print("main: saved, or so main believes")


if __name__ == "__main__":
    asyncio.run(main())
