"""A synchronous program uses an event loop running in a background thread."""

import asyncio
import threading
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.2f} s  {message}")


class BackgroundLoop:
    """An event loop in a thread of its own, for synchronous code to use."""

    def __enter__(self):
        ready = threading.Event()
        self._thread = threading.Thread(
            target=asyncio.run, args=(self._serve(ready),)
        )
        self._thread.start()
        ready.wait()
        return self

    async def _serve(self, ready):
        self.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        ready.set()
        await self._stop.wait()  # then asyncio.run() cancels what is left

    def submit(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def __exit__(self, *exc_info):
        self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()


async def keep_alive():
    try:
        while True:
            await asyncio.sleep(0.75)
            log("keep-alive: ping")
    finally:
        log("keep-alive: stopped")


async def fetch(what):
    await asyncio.sleep(1.0)
    return what


def main():
    with BackgroundLoop() as background:
        background.submit(keep_alive())
        log(f"fetched {background.submit(fetch('news')).result()}")
        time.sleep(1.5)  # synchronous work; the loop runs on
        log(f"fetched {background.submit(fetch('prices')).result()}")
    log("done")


if __name__ == "__main__":
    main()
