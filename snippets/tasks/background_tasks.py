"""A set of background tasks keeps each task alive until it is done."""

import asyncio
import gc

background = set()


def start_in_background(coro, name):
    task = asyncio.create_task(coro, name=name)
    background.add(task)  # a strong reference
    task.add_done_callback(background.discard)  # dropped once done


async def listen(reply):
    print("listener: waiting for a reply")
    await reply
    print("listener: got the reply")


async def tick():
    await asyncio.sleep(0.5)
    print("ticker: tick")


async def main():
    loop = asyncio.get_running_loop()
    start_in_background(listen(loop.create_future()), "listener")
    start_in_background(tick(), "ticker")
    print(f"main: background: {sorted(t.get_name() for t in background)}")
    await asyncio.sleep(1)
    print("main: collecting garbage")
    gc.collect()
    await asyncio.sleep(1)
    print(f"main: background: {sorted(t.get_name() for t in background)}")


if __name__ == "__main__":
    asyncio.run(main())
