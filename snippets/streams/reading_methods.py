"""The ways to read from a StreamReader, up to the end of the stream."""

import asyncio


async def send(reader, writer):
    # A greeting line, a 4-byte length and that many bytes, then the rest.
    writer.write(b"WELCOME\n" + (5).to_bytes(4) + b"hello" + b"1234567")
    await writer.drain()
    writer.close()  # the end of the stream: the client will see EOF
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print(f"readline()     -> {await reader.readline()!r}")
        header = await reader.readexactly(4)
        size = int.from_bytes(header)
        print(f"readexactly(4) -> {header!r}, that is {size}")
        print(f"readexactly({size}) -> {await reader.readexactly(size)!r}")
        print(f"read(3)        -> {await reader.read(3)!r}")
        try:
            await reader.readexactly(10)
        except asyncio.IncompleteReadError as error:
            print(f"readexactly(10) raised IncompleteReadError: {error}")
            print(f"  its partial data: {error.partial!r}")
        print(f"read(3)        -> {await reader.read(3)!r}")
        print(f"readline()     -> {await reader.readline()!r}")
        print(f"at_eof()       -> {reader.at_eof()}")
        writer.close()
        await writer.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
