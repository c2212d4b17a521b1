"""Each thread runs its own event loop, or none at all."""

import asyncio
import threading

loops = {}


async def note_loop(who):
    loops[who] = asyncio.get_running_loop()
    thread = threading.current_thread().name
    print(f"{who}: a loop is running in thread {thread!r}")


def in_worker_thread():
    for get_loop in (asyncio.get_running_loop, asyncio.get_event_loop):
        try:
            get_loop()
        except RuntimeError as error:
            print(f"worker: {get_loop.__name__}() says: {error}")
    asyncio.run(note_loop("worker"))  # a second loop, in this thread


async def main():
    await note_loop("main")
    worker = threading.Thread(target=in_worker_thread, name="worker")
    worker.start()
    await asyncio.to_thread(worker.join)
    print("one loop for both?", loops["main"] is loops["worker"])


if __name__ == "__main__":
    asyncio.run(main())
