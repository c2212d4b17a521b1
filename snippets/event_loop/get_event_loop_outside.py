"""Old style: asyncio.get_event_loop() with no loop running, then the fix."""

import asyncio


async def main():
    loop = asyncio.get_running_loop()  # inside a coroutine: always works
    print(f"main: the loop is running: {loop.is_running()}")


if __name__ == "__main__":
    try:
        asyncio.get_running_loop()
    except RuntimeError as error:
        print(f"get_running_loop() outside a coroutine: {error}")
    loop = asyncio.get_event_loop()  # old style: warns from Python 3.12
    loop.run_until_complete(main())
    loop.close()
    asyncio.run(main())  # the modern way: a fresh loop, closed at the end
