"""The workers ported: no loop arguments, create_task, all_tasks."""

import asyncio


async def worker(name, queue):
    while True:
        order = await queue.get()
        await asyncio.sleep(order)
        print(f"{name} finished a {order} s order")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for order in (3, 1, 2):
        queue.put_nowait(order)
    workers = [
        asyncio.create_task(worker(name, queue), name=name)
        for name in ("ann", "bob")
    ]
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("tasks left:", len(asyncio.all_tasks()))


if __name__ == "__main__":
    asyncio.run(main())
