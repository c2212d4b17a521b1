"""Exercise 3: keep the first good answer, and cancel the other requests."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def download(mirror, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{mirror}: cancelled")
        raise
    if fail:
        raise ConnectionError("connection refused")
    return f"the file, from {mirror}"


async def first_answer(tasks):
    pending = set(tasks)
    try:
        while pending:
            done, pending = await asyncio.wait(
                pending, return_when=asyncio.FIRST_COMPLETED
            )
            for task in done:
                if task.exception() is None:
                    return task.result()
                log(f"{task.get_name()}: {task.exception()}")
        raise ConnectionError("no mirror answered")
    finally:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


async def main():
    tasks = [
        asyncio.create_task(download("eu", 0.5, fail=True), name="eu"),
        asyncio.create_task(download("us", 1.5), name="us"),
        asyncio.create_task(download("asia", 2.5), name="asia"),
    ]
    log(f"got {await first_answer(tasks)}")


if __name__ == "__main__":
    asyncio.run(main())
