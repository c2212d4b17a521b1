"""Which failed tasks does asyncio report as never retrieved?"""

import asyncio


async def fail(name):
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def main():
    awaited = asyncio.create_task(fail("awaited"), name="awaited")
    checked = asyncio.create_task(fail("checked"), name="checked")
    ignored = asyncio.create_task(fail("ignored"), name="ignored")
    cancelled = asyncio.create_task(fail("cancelled"), name="cancelled")
    cancelled.cancel()
    try:
        await awaited
    except ValueError as error:
        print(f"main: caught {error!r}")
    await asyncio.sleep(1)
    print(f"main: checked has {checked.exception()!r}")
    print(f"main: ignored is done: {ignored.done()}")
    del awaited, checked, ignored, cancelled
    print("main: all four tasks dropped")


if __name__ == "__main__":
    asyncio.run(main())
