"""wait() returns two sets, done and pending, once its condition is met."""

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
    for condition in (
        asyncio.FIRST_COMPLETED,
        asyncio.FIRST_EXCEPTION,
        asyncio.ALL_COMPLETED,
    ):
        start = time.perf_counter()
        tasks = [
            asyncio.create_task(job(1), name="fast"),
            asyncio.create_task(job(2, fail=True), name="broken"),
            asyncio.create_task(job(3), name="slow"),
        ]
        done, pending = await asyncio.wait(tasks, return_when=condition)
        elapsed = time.perf_counter() - start
        print(f"{condition} returned after {elapsed:.2f} s")
        print(f"    done: {names(done)}  pending: {names(pending)}")
        for task in pending:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
