"""An async generator left half-consumed is closed late, in another task."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


async def rows(name):
    log(f"{name}: connection opened")
    try:
        for number in range(1, 4):
            await asyncio.sleep(1)
            yield number
    finally:
        task = asyncio.current_task().get_name()
        log(f"{name}: connection closed, in task {task}")


async def main():
    asyncio.current_task().set_name("main")
    async for row in rows("first"):
        log(f"main: got row {row} from first")
        break
    log("main: left the first loop")
    second = rows("second")
    async for row in second:
        log(f"main: got row {row} from second")
        break
    log("main: left the second loop")
    await asyncio.sleep(5)
    log("main: returns")


if __name__ == "__main__":
    asyncio.run(main())
