"""Where is each task waiting? all_tasks(), get_stack() and print_stack()."""

import asyncio
import sys


async def fetch(url):
    await asyncio.sleep(10)


async def crawl(urls):
    for url in urls:
        await fetch(url)


async def consume(queue):
    while True:
        item = await queue.get()
        print(f"consumer: got {item}")


async def main():
    queue = asyncio.Queue()
    crawler = asyncio.create_task(crawl(["/a", "/b"]), name="crawler")
    consumer = asyncio.create_task(consume(queue), name="consumer")
    await asyncio.sleep(1)
    others = asyncio.all_tasks() - {asyncio.current_task()}
    for task in sorted(others, key=lambda t: t.get_name()):
        for frame in task.get_stack():
            where = f"{frame.f_code.co_name}(), line {frame.f_lineno}"
            print(f"{task.get_name()}: waiting in {where}")
    crawler.print_stack(file=sys.stdout)
    crawler.cancel()
    consumer.cancel()


if __name__ == "__main__":
    asyncio.run(main())
