"""wait() with a timeout neither raises nor cancels: it just stops waiting."""

import asyncio
import time


async def job(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError("broken")
    return f"done in {seconds} s"


def names(tasks):
    return sorted(task.get_name() for task in tasks)


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(job(1), name="fast"),
        asyncio.create_task(job(2, fail=True), name="broken"),
        asyncio.create_task(job(3), name="slow"),
    ]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(f"{time.perf_counter() - start:.2f} s  wait() gave up waiting")
    print(f"    done: {names(done)}  pending: {names(pending)}")
    await asyncio.wait(pending)
    print(f"{time.perf_counter() - start:.2f} s  the pending ones finished")
    for task in tasks:
        if task.exception() is not None:
            print(f"    {task.get_name()}: raised {task.exception()!r}")
        else:
            print(f"    {task.get_name()}: {task.result()}")


if __name__ == "__main__":
    asyncio.run(main())
