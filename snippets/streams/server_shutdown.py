"""Stopping a server: refuse new clients, then close the open connections."""

import asyncio
import time

START = time.perf_counter()
connected = set()  # the writers of the clients connected now


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def greet(reader, writer):
    connected.add(writer)
    writer.write(b"welcome\n")
    await writer.drain()
    await reader.read()  # until the client hangs up, or we close the line
    connected.remove(writer)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(greet, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    log(f"client: got {await reader.readline()!r}")
    await asyncio.sleep(1)
    server.close()  # stop listening: the port is closed at once
    log(f"server: closed, is_serving() is {server.is_serving()}")
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        log("another client: connection refused")
    log(f"server: {len(connected)} connection still open, closing it")
    for client in connected:
        client.write(b"the server is shutting down\n")
        client.close()
    await server.wait_closed()
    log("server: wait_closed() returned")
    log(f"client: got {await reader.readline()!r}")
    log(f"client: then {await reader.read()!r}, the end of the stream")
    writer.close()
    await writer.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
