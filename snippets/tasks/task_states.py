"""A task is pending until it is done; result() cannot be read before."""

import asyncio


async def brew():
    await asyncio.sleep(3)
    return "espresso"


def show(task):
    state = f"done {task.done()}, cancelled {task.cancelled()}"
    print(f"{task.get_name()}: {state}")


async def main():
    task = asyncio.create_task(brew(), name="coffee")
    show(task)
    try:
        task.result()
    except asyncio.InvalidStateError as error:
        print(f"result() too early: InvalidStateError: {error}")
    await asyncio.sleep(5)
    show(task)
    print(f"result: {task.result()!r}, exception: {task.exception()!r}")


if __name__ == "__main__":
    asyncio.run(main())
