"""Exercise 1: after a timeout, the connection is out of step."""

import asyncio
import time

START = time.perf_counter()
ANSWERS = {b"2 + 2\n": (3.0, b"4\n"), b"3 + 3\n": (0.5, b"6\n")}


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def calculator(reader, writer):
    async for question in reader:  # one question after another
        seconds, answer = ANSWERS[question]
        await asyncio.sleep(seconds)
        writer.write(answer)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(reader, writer, question, patience):
    writer.write(f"{question}\n".encode())
    await writer.drain()
    try:
        async with asyncio.timeout(patience):
            answer = await reader.readline()
        log(f"{question} = {answer.decode().strip()}")
    except TimeoutError:
        log(f"{question}: no answer within {patience} s")


async def main():
    server = await asyncio.start_server(calculator, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await ask(reader, writer, "2 + 2", patience=1)
        await ask(reader, writer, "3 + 3", patience=5)
        writer.write_eof()
        log(f"and then: {await reader.read()!r}")
        writer.close()
        await writer.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
