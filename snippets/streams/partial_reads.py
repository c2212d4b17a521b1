"""TCP carries bytes, not messages: read(100) returns whatever has arrived."""

import asyncio
import time

START = time.perf_counter()
PIECES = [b"GET /ho", b"me\nGET /ab", b"out\nGET /shop\n"]


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def send_in_pieces(reader, writer):
    # Two clients connect; each gets the same three lines, in three pieces.
    for piece in PIECES:
        writer.write(piece)
        await writer.drain()
        await asyncio.sleep(0.5)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_in_pieces, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while data := await reader.read(100):
            log(f"read(100)  -> {data!r}")
        log(f"read(100)  -> {data!r}: the end of the stream")
        writer.close()
        await writer.wait_closed()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while line := await reader.readline():
            log(f"readline() -> {line!r}")
        log(f"readline() -> {line!r}: the end of the stream")
        writer.close()
        await writer.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
