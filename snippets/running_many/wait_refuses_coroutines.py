"""Since Python 3.11, wait() accepts tasks and futures, not coroutines."""

import asyncio


async def job(seconds):
    await asyncio.sleep(seconds)
    return f"done in {seconds} s"


async def main():
    coroutine = job(1)
    try:
        await asyncio.wait([coroutine])
    except TypeError as error:
        print(f"TypeError: {error}")
    coroutine.close()  # it never ran; closing it avoids a warning

    task = asyncio.create_task(job(1))
    done, _ = await asyncio.wait([task])
    print(f"our task is in done: {task in done}")
    print(f"its result: {task.result()}")


if __name__ == "__main__":
    asyncio.run(main())
