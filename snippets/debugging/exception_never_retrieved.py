"""A failed task that nobody awaits: "Task exception was never retrieved"."""

import asyncio


async def send_report(address):
    await asyncio.sleep(1)
    raise ConnectionError(f"{address} refused the connection")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(send_report("mail.example.com"), name="report")
    await asyncio.sleep(2)
    print(f"main: {loop.time() - start:.2f} s, report done: {task.done()}")
    del task  # drop the last reference to the failed task
    print("main: finished")


if __name__ == "__main__":
    asyncio.run(main())
