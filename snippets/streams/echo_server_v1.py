"""An echo server and its client, both in one program, on a loopback port."""

import asyncio


async def echo(reader, writer):
    # asyncio runs this in a new task for every client that connects.
    line = await reader.readline()
    print(f"server: received {line!r}")
    writer.write(line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]  # the port the system chose
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print("client: connected")
        writer.write(b"Hello, echo!\n")
        await writer.drain()
        reply = await reader.readline()
        print(f"client: received {reply!r}")
        rest = await reader.read()
        print(f"client: then {rest!r}, the end of the stream")
        writer.close()
        await writer.wait_closed()
    print(f"server: closed, serving: {server.is_serving()}")


if __name__ == "__main__":
    asyncio.run(main())
