"""The old way to run a coroutine: get_event_loop, run_until_complete."""

import asyncio
import time


async def bake():
    await asyncio.sleep(30)
    return "the cake is baked"


if __name__ == "__main__":
    start = time.perf_counter()
    loop = asyncio.get_event_loop()  # none yet: 3.12 warns, 3.14 raises
    print(loop.run_until_complete(bake()))
    loop.close()
    print(f"{time.perf_counter() - start:.2f} s")
