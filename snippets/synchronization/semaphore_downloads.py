"""A Semaphore(2) lets at most two of six downloads run at once."""

import asyncio
import time

START = time.perf_counter()
slots = asyncio.Semaphore(2)
running = {"now": 0, "peak": 0}


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def download(name, seconds):
    async with slots:
        running["now"] += 1
        running["peak"] = max(running["peak"], running["now"])
        log(f"start  {name:<10} ({running['now']} running)")
        await asyncio.sleep(seconds)  # the transfer
        running["now"] -= 1
        log(f"finish {name:<10} ({running['now']} running)")


async def main():
    files = {
        "report.pdf": 2.0,
        "photo.jpg": 0.8,
        "song.mp3": 1.5,
        "notes.txt": 0.6,
        "video.mp4": 1.2,
        "data.csv": 1.0,
    }
    await asyncio.gather(*(download(n, s) for n, s in files.items()))
    print(f"peak: {running['peak']} at once")
    total = time.perf_counter() - START
    print(f"total: {total:.2f} s (one by one: {sum(files.values()):.2f} s)")


if __name__ == "__main__":
    asyncio.run(main())
