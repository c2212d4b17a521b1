"""Where a context variable set in one task can be seen, and where not."""

import asyncio
import contextvars
import threading

user = contextvars.ContextVar("user", default="nobody")


def show(where):
    print(f"{where:<28} sees {user.get()}")


async def helper():
    show("awaited coroutine")


async def child():
    show("child task")
    user.set("mallory")
    show("child task, after its set()")


async def handle_request():
    user.set("alice")
    await helper()
    await asyncio.create_task(child())
    show("handler, after the child")
    await asyncio.to_thread(show, "to_thread()")
    thread = threading.Thread(target=show, args=("threading.Thread",))
    thread.start()
    await asyncio.to_thread(thread.join)


async def main():
    await asyncio.create_task(handle_request())
    show("main, the handler's parent")


if __name__ == "__main__":
    asyncio.run(main())
