"""call_soon() from another thread: late without debug mode, an error in it."""

import asyncio
import threading
import time


def work(loop, done):
    time.sleep(0.5)  # the thread's job takes half a second
    try:
        loop.call_soon(done.set_result, "ready")  # wrong: not thread-safe
    except RuntimeError as error:
        print(f"thread: {type(error).__name__}: {error}")
        loop.call_soon_threadsafe(done.set_result, "ready")


async def main():
    loop = asyncio.get_running_loop()
    print(f"debug mode: {loop.get_debug()}")
    done = loop.create_future()
    start = loop.time()
    heartbeat = asyncio.create_task(asyncio.sleep(2))  # wakes the loop at 2 s
    thread = threading.Thread(target=work, args=(loop, done))
    thread.start()
    await done
    print(f"main: the result arrived at {loop.time() - start:.2f} s")
    thread.join()
    heartbeat.cancel()


if __name__ == "__main__":
    asyncio.run(main())
    asyncio.run(main(), debug=True)
