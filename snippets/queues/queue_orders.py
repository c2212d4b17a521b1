"""The same items come out of Queue, LifoQueue and PriorityQueue."""

import asyncio

TICKETS = [
    (2, "update the docs"),
    (1, "site is down"),
    (3, "new logo"),
    (1, "checkout fails"),
]


async def main():
    for kind in [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue]:
        queue = kind()
        for ticket in TICKETS:
            await queue.put(ticket)
        order = [(await queue.get())[1] for _ in range(queue.qsize())]
        print(f"{kind.__name__ + ':':<15}{', '.join(order)}")


if __name__ == "__main__":
    asyncio.run(main())
