"""Pass the function and its arguments to to_thread(), not its result."""

import asyncio
import time


def download(name):
    time.sleep(2.0)  # a blocking HTTP library at work
    return f"{name}.pdf"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(download, "sales"),
        asyncio.to_thread(download, "stock"),
        return_exceptions=True,
    )
    for result in results:
        print(repr(result))
    print(f"took {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
