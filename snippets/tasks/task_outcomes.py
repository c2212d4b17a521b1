"""The three ways a task can end: a result, an exception, cancelled."""

import asyncio


async def divide(a, b):
    await asyncio.sleep(1)
    return a / b


async def main():
    fine = asyncio.create_task(divide(1, 4), name="fine")
    failed = asyncio.create_task(divide(1, 0), name="failed")
    stopped = asyncio.create_task(divide(1, 2), name="stopped")
    stopped.cancel()
    await asyncio.sleep(2)
    for task in (fine, failed, stopped):
        state = f"done {task.done()}, cancelled {task.cancelled()}"
        print(f"{task.get_name()}: {state}")
    print(f"fine.result() is {fine.result()}")
    print(f"failed.exception() is {failed.exception()!r}")
    try:
        failed.result()
    except ZeroDivisionError as error:
        print(f"failed.result() raised ZeroDivisionError: {error}")
    try:
        stopped.result()
    except asyncio.CancelledError:
        print("stopped.result() raised CancelledError")


if __name__ == "__main__":
    asyncio.run(main())
