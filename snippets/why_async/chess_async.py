"""The same exhibition played board to board: 24 games in about an hour."""

import asyncio
import time
from datetime import timedelta

BOARDS = 24
MOVE_PAIRS = 30  # one move of ours and one reply per pair
OUR_MOVE = 5  # seconds we spend on a move
THEIR_MOVE = 55  # seconds an opponent spends on a reply
SHOWN = (1, 2, 3, BOARDS)  # the boards whose finish we print


def hms(seconds):
    return str(timedelta(seconds=round(seconds)))


def make_our_move():
    time.sleep(OUR_MOVE)  # busy: nothing else happens meanwhile


async def play_game(start):
    loop = asyncio.get_running_loop()
    for _ in range(MOVE_PAIRS):
        make_our_move()
        await asyncio.sleep(THEIR_MOVE)  # they think; we walk on
    return loop.time() - start


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    games = [play_game(start) for _ in range(BOARDS)]
    finish_times = await asyncio.gather(*games)
    for board, finished in enumerate(finish_times, start=1):
        if board in SHOWN:
            print(f"board {board:2}: game over at {hms(finished)}")
    print(f"the exhibition took {hms(loop.time() - start)}")


if __name__ == "__main__":
    asyncio.run(main())
