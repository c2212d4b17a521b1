"""Debug mode catches a blocking call: the slow-callback warning."""

import asyncio
import time


async def resize(photo, seconds):
    print(f"{photo}: resizing")
    time.sleep(seconds)  # a blocking call: the whole loop waits for it
    print(f"{photo}: done")


async def main():
    loop = asyncio.get_running_loop()
    print(f"slow_callback_duration: {loop.slow_callback_duration} s")
    start = loop.time()
    icon = loop.create_task(resize("icon.png", 0.05), name="resize-icon")
    photo = loop.create_task(resize("cat.jpg", 0.5), name="resize-cat")
    await asyncio.gather(icon, photo)
    print(f"main: finished at {loop.time() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main(), debug=True)
