"""One echo server, three clients at once: each connection has its own task."""

import asyncio
import time

START = time.perf_counter()
CLIENTS = {"alice": 0.0, "bob": 0.3, "carol": 0.6}  # name: when to connect
connected = set()  # the writers of the clients connected now


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def echo(reader, writer):
    connected.add(writer)
    log(f"server: a client connected, {len(connected)} connected now")
    async for line in reader:  # line by line, until the end of the stream
        if line == b"bye\n":
            break
        writer.write(line)
        await writer.drain()
    connected.remove(writer)
    log(f"server: a client said bye, {len(connected)} connected now")
    writer.close()
    await writer.wait_closed()


async def client(name, port):
    await asyncio.sleep(CLIENTS[name])
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for n in (1, 2):
        writer.write(f"{name} #{n}\n".encode())
        await writer.drain()
        reply = await reader.readline()
        log(f"{name}: got back {reply.decode().strip()!r}")
        await asyncio.sleep(1)
    writer.write(b"bye\n")
    await writer.drain()
    await reader.read()  # wait until the server hangs up
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.TaskGroup() as group:
        for name in CLIENTS:
            group.create_task(client(name, port))
    log("main: every client is done, and the server is closed")


if __name__ == "__main__":
    asyncio.run(main())
