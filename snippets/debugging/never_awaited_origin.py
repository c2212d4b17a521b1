"""Debug mode records where a coroutine that is never awaited was created."""

import asyncio


async def save(document):
    await asyncio.sleep(1)
    print(f"save: {document} is safe")


def plan_saves(documents):
    saves = []
    for document in documents:
        saves.append(save(document))
    return saves


async def main():
    saves = plan_saves(["draft.txt", "notes.txt"])
    await saves[0]  # the second save is never awaited
    print("main: finished")


if __name__ == "__main__":
    asyncio.run(main(), debug=True)
