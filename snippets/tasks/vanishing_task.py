"""A task nobody keeps a reference to is garbage-collected mid-wait."""

import asyncio
import gc


async def listen(reply):
    print("listener: waiting for a reply")
    await reply
    print("listener: got the reply")


async def main():
    gc.disable()  # collect only when this program says so, below
    loop = asyncio.get_running_loop()
    asyncio.create_task(listen(loop.create_future()), name="listener")
    await asyncio.sleep(1)
    print("main: collecting garbage")
    gc.collect()
    await asyncio.sleep(1)
    print("main: finished")


if __name__ == "__main__":
    asyncio.run(main())
