"""Exercise 3: an uppercase server that hangs up on clients idle for 3 s."""

import asyncio
import time

START = time.perf_counter()
SCRIPTS = {  # name: [(seconds of silence, line to send), ...]
    "dora": [(1.0, "hello"), (2.2, "still here"), (1.8, "and now?")],
    "eli": [(0.5, "hi"), (2.0, "back in a moment")],
}


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def shout(reader, writer):
    try:
        while True:
            async with asyncio.timeout(3):  # at most 3 s for each line
                line = await reader.readline()
            if not line:  # the client sent end of file
                break
            writer.write(line.upper())
            await writer.drain()
    except TimeoutError:
        writer.write(b"idle for 3 s, goodbye\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(name, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for pause, text in SCRIPTS[name]:
        await asyncio.sleep(pause)
        writer.write(f"{text}\n".encode())
        await writer.drain()
        log(f"{name}: {text!r} -> {await reader.readline()!r}")
    log(f"{name}: (says nothing) -> {await reader.read()!r}")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(shout, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.TaskGroup() as group:
        for name in SCRIPTS:
            group.create_task(client(name, port))


if __name__ == "__main__":
    asyncio.run(main())
