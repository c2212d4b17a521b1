"""Report whether an event loop is running, outside and inside main()."""

import asyncio


def report(where):
    try:
        asyncio.get_running_loop()
    except RuntimeError as error:
        print(f"{where}: no loop is running ({error})")
    else:
        print(f"{where}: a loop is running")


async def main():
    report("inside main()")


if __name__ == "__main__":
    report("before asyncio.run()")
    asyncio.run(main())
    report("after asyncio.run()")
