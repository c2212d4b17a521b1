"""create_task() needs a running event loop; a Lock or a Queue does not."""

import asyncio

lock = asyncio.Lock()  # fine outside the loop since Python 3.10
queue = asyncio.Queue()  # likewise


async def hello():
    print("hello from a task")


def start_too_early():
    coro = hello()
    try:
        return asyncio.create_task(coro)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        coro.close()  # it never ran; closing it avoids a warning
        return None


async def main():
    async with lock:
        await queue.put("made outside the loop, used inside")
        print(await queue.get())
    await asyncio.create_task(hello())  # inside the loop: fine


if __name__ == "__main__":
    start_too_early()  # no event loop is running yet
    asyncio.run(main())
