"""A client that never drains and never closes: the server waits in vain."""

import asyncio
import time

START = time.perf_counter()
LINES = [b"09:00 start\n", b"09:05 warning\n", b"09:09 stop\n"]


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def count_lines(reader, writer):
    try:
        async with asyncio.timeout(5):  # the whole upload, within 5 seconds
            upload = await reader.read()  # everything, up to the end of file
        reply = f"got {len(upload.splitlines())} lines"
    except TimeoutError:
        reply = "no end of file within 5 s, giving up"
    writer.write(f"{reply}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(count_lines, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for line in LINES:
            writer.write(line)
        log("client: all lines written")
        reply = await reader.readline()
        log(f"client: the server says {reply.decode().strip()!r}")


if __name__ == "__main__":
    asyncio.run(main())
