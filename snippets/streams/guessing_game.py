"""A guessing game server: the first player to find the number wins."""

import asyncio
import time

START = time.perf_counter()
SECRET = 37
PLAYERS = {  # name: (seconds to think before each guess, the guesses)
    "alice": (1.0, [50, 25, 38, 31, 34, 36]),
    "bob": (1.4, [60, 30, 45, 37]),
    "carol": (1.7, [40, 20, 37]),
}
winner = None


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def play(reader, writer):  # asyncio runs one of these per player
    global winner
    name = (await reader.readline()).decode().strip()
    async for line in reader:
        guess = int(line)
        if winner is None and guess == SECRET:
            winner = name  # no await between check and change: no race
        if winner is not None:
            reply = "you win" if winner == name else f"too late, {winner} won"
        else:
            reply = "higher" if guess < SECRET else "lower"
        writer.write(f"{reply}\n".encode())
        await writer.drain()
        if winner is not None:
            break  # the game is over for this player
    writer.close()
    await writer.wait_closed()


async def player(name, port):
    think, guesses = PLAYERS[name]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    for guess in guesses:
        await asyncio.sleep(think)
        writer.write(f"{guess}\n".encode())
        await writer.drain()
        reply = (await reader.readline()).decode().strip()
        log(f"{name}: {guess}? {reply}")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(play, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.TaskGroup() as group:
        for name in PLAYERS:
            group.create_task(player(name, port))


if __name__ == "__main__":
    asyncio.run(main())
