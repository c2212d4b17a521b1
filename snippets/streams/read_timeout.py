"""A client gives up on a slow answer with asyncio.timeout, then retries."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def forecast(reader, writer):
    await reader.readline()  # one question per connection
    await asyncio.sleep(3)  # working out the weather takes 3 seconds
    writer.write(b"sunny\n")
    await writer.drain()
    log("server: answer sent")
    writer.close()
    await writer.wait_closed()


async def ask(port, patience):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    log(f"client: asks, and will wait {patience} s for the answer")
    writer.write(b"weather tomorrow?\n")
    await writer.drain()
    try:
        async with asyncio.timeout(patience):
            log(f"client: got {await reader.readline()!r}")
    except TimeoutError:
        log("client: no answer in time, hanging up")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(forecast, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await ask(port, patience=2)
        await ask(port, patience=5)


if __name__ == "__main__":
    asyncio.run(main())
