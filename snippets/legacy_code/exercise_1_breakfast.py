"""The breakfast ported: coroutines, tasks in a group, asyncio.run."""

import asyncio


async def boil_kettle():
    print("kettle: on")
    await asyncio.sleep(3)
    print("kettle: boiled")
    return "hot water"


async def make_toast(slices):
    for number in range(1, slices + 1):
        await asyncio.sleep(1)
        print(f"toaster: slice {number} done")
    return f"{slices} slices of toast"


async def main():
    async with asyncio.TaskGroup() as group:
        water = group.create_task(boil_kettle())
        toast = group.create_task(make_toast(2))
    print(water.result(), "and", toast.result())


if __name__ == "__main__":
    asyncio.run(main())
