"""An async generator that fetches pages only as they are needed."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


# --8<-- [start:server]
PAGES = {
    1: (["flour", "eggs"], 2),
    2: (["sugar", "butter"], 3),
    3: (["milk"], None),
}


async def fetch_page(number):
    await asyncio.sleep(0.5)  # a round trip to the server
    log(f"fetched page {number}")
    return PAGES[number]  # the items, and the next page's number
    # --8<-- [end:server]


async def pantry():
    page = 1
    while page is not None:
        items, page = await fetch_page(page)
        for item in items:
            yield item


async def main():
    everything = [item async for item in pantry()]
    log(f"the pantry holds {everything}")
    async for item in pantry():
        if item == "sugar":
            log("found the sugar")
            break


if __name__ == "__main__":
    asyncio.run(main())
