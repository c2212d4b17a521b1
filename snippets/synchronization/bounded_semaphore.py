"""One release too many: a Semaphore grows, a BoundedSemaphore complains."""

import asyncio


async def free_slots(semaphore):
    """Acquire the semaphore until it would wait; return how often."""
    count = 0
    while not semaphore.locked():
        await semaphore.acquire()
        count += 1
    return count


async def main():
    for kind in [asyncio.Semaphore, asyncio.BoundedSemaphore]:
        slots = kind(2)
        await slots.acquire()
        slots.release()
        try:
            slots.release()  # a bug: this task holds no slot
        except ValueError as error:
            print(f"{kind.__name__}: ValueError: {error}")
        else:
            slots_now = await free_slots(slots)
            print(f"{kind.__name__}: no error, {slots_now} free slots")


if __name__ == "__main__":
    asyncio.run(main())
