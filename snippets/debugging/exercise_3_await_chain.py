"""Follow cr_await to see every coroutine a suspended task is waiting in."""

import asyncio


def await_chain(task):
    names = []
    coro = task.get_coro()
    while hasattr(coro, "cr_await"):  # stop at anything but a coroutine
        names.append(coro.cr_code.co_name)
        coro = coro.cr_await  # what this coroutine is awaiting
    return " -> ".join(names)


async def fetch(url):
    await asyncio.sleep(10)


async def crawl(urls):
    for url in urls:
        await fetch(url)


async def consume(queue):
    while True:
        print(f"consumer: got {await queue.get()}")


async def main():
    queue = asyncio.Queue()
    crawler = asyncio.create_task(crawl(["/a", "/b"]), name="crawler")
    consumer = asyncio.create_task(consume(queue), name="consumer")
    await asyncio.sleep(1)
    for task in (crawler, consumer):
        print(f"{task.get_name()}: {await_chain(task)}")
        task.cancel()


if __name__ == "__main__":
    asyncio.run(main())
