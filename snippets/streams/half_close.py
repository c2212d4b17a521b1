"""write_eof() closes one direction: the client stops sending, still reads."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def add_up(reader, writer):
    total = 0
    async for line in reader:  # until the client's end of file
        log(f"server: got {int(line)}")
        total += int(line)
    log(f"server: end of file, at_eof() is {reader.at_eof()}, total {total}")
    await asyncio.sleep(1)  # the answer takes a while
    writer.write(f"{total}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(add_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for number in (12, 30, 58):
            writer.write(f"{number}\n".encode())
            await writer.drain()
            await asyncio.sleep(0.5)
        log(f"client: can_write_eof() is {writer.can_write_eof()}")
        writer.write_eof()  # no more from us; the other direction stays open
        log("client: sent end of file, waiting for the answer")
        log(f"client: the answer is {(await reader.readline()).decode()!r}")
        rest = await reader.read()
        log(f"client: then {rest!r}, and at_eof() is {reader.at_eof()}")
        writer.close()
        await writer.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
