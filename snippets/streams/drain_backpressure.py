"""drain() holds a fast writer back to the pace of a slow reader."""

import asyncio
import socket
import time

START = time.perf_counter()
BLOCK = 1024 * 1024  # one mebibyte
SMALL = 16 * 1024  # a small socket buffer in the operating system


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def slow_reader(reader, writer):
    for _ in range(4):
        await asyncio.sleep(1)  # busy for a second before each block
        await reader.readexactly(BLOCK)
    writer.close()
    await writer.wait_closed()


async def main():
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, SMALL)
    server = await asyncio.start_server(slow_reader, sock=listener)
    port = listener.getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SMALL)
        writer.transport.set_write_buffer_limits(high=BLOCK)
        for n in range(1, 5):
            writer.write(b"x" * BLOCK)
            before = time.perf_counter()
            await writer.drain()
            waited = time.perf_counter() - before
            log(f"block {n} written, drain() waited {waited:.2f} s")
        await reader.read()  # the reader hangs up once it has every block
        log("the reader has read all four blocks")
        writer.close()
        await writer.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
