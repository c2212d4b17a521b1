"""except Exception does not catch CancelledError: it is a BaseException."""

import asyncio


async def sturdy_worker():
    for tick in range(1, 6):
        try:
            await asyncio.sleep(1)
            if tick == 2:
                raise ConnectionError("lost the connection")
            print(f"tick {tick}")
        except Exception as error:
            print(f"tick {tick}: handled {error!r}, carrying on")


async def main():
    parents = [cls.__name__ for cls in asyncio.CancelledError.__mro__]
    print(" -> ".join(parents))
    print(f"is an Exception: {issubclass(asyncio.CancelledError, Exception)}")
    task = asyncio.create_task(sturdy_worker())
    await asyncio.sleep(3.5)
    task.cancel()
    await asyncio.wait([task])
    print(f"cancelled() is {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
