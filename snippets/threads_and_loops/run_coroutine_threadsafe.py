"""Code in one thread runs coroutines on a loop that runs in another."""

import asyncio
import concurrent.futures
import threading
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


async def fetch(what, seconds):
    await asyncio.sleep(seconds)  # an asynchronous request
    return f"{what} fetched"


def main():
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="loop")
    thread.start()

    future = asyncio.run_coroutine_threadsafe(fetch("prices", 1.0), loop)
    log(f"{isinstance(future, concurrent.futures.Future) = }")
    log(future.result())  # blocks this thread until the result is there

    future = asyncio.run_coroutine_threadsafe(fetch("report", 5.0), loop)
    try:
        future.result(timeout=2.0)
    except TimeoutError:
        log("no report yet; waiting without a timeout now")
    log(future.result())

    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()


if __name__ == "__main__":
    main()
