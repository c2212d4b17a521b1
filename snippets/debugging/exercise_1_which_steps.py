"""Which steps does debug mode report, with a threshold of 0.05 s?"""

import asyncio
import time


async def compress(chunks, seconds):
    for _ in range(chunks):
        time.sleep(seconds)  # blocking work on one chunk
        await asyncio.sleep(0)  # let the other tasks run


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.05
    start = loop.time()
    logs = loop.create_task(compress(3, 0.03), name="logs")
    thumbnail = loop.create_task(compress(1, 0.08), name="thumbnail")
    video = loop.create_task(compress(2, 0.5), name="video")
    for task in (logs, thumbnail, video):
        await task
    print(f"main: done at {loop.time() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main(), debug=True)
