"""An idle timeout: reschedule() pushes the deadline back on each chunk."""

import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    chunks = 0
    try:
        async with asyncio.timeout(None) as scope:
            print(f"at first, when() is {scope.when()}")
            for gap in (1.0, 1.5, 0.5, 3.0, 1.0):  # seconds between chunks
                scope.reschedule(loop.time() + 2)
                now, when = loop.time() - start, scope.when() - start
                print(f"{now:.2f} s  waiting, deadline moved to {when:.2f} s")
                await asyncio.sleep(gap)  # waiting for the next chunk
                chunks += 1
    except TimeoutError:
        print(f"{loop.time() - start:.2f} s  no chunk for 2 s: giving up")
    print(f"expired() is {scope.expired()}, {chunks} chunks received")


if __name__ == "__main__":
    asyncio.run(main())
