"""call_soon() from another thread does not wake the loop; threadsafe does."""

import asyncio
import threading
import time


def courier(schedule, parcel):
    time.sleep(1.0)  # on the road
    schedule(parcel.set_result, "parcel")


async def receive(parcel, start):
    await parcel
    return f"the parcel arrived after {time.perf_counter() - start:.1f} s"


async def deliver_with(method):
    loop = asyncio.get_running_loop()
    parcel = loop.create_future()
    start = time.perf_counter()
    receiving = asyncio.create_task(receive(parcel, start))
    schedule = getattr(loop, method)  # loop.call_soon or the safe one
    thread = threading.Thread(target=courier, args=(schedule, parcel))
    thread.start()
    await asyncio.sleep(3.0)  # the loop's next timer is 3 s away
    print(f"{method}: {await receiving}")
    await asyncio.to_thread(thread.join)


async def main():
    await deliver_with("call_soon")
    await deliver_with("call_soon_threadsafe")


if __name__ == "__main__":
    asyncio.run(main())
