"""What each extra board adds to the async exhibition, found by trying."""

import asyncio
import time
from datetime import timedelta

MOVE_PAIRS = 30  # one move of ours and one reply per pair
OUR_MOVE = 5  # seconds we spend on a move
THEIR_MOVE = 55  # seconds an opponent spends on a reply


def hms(seconds):
    return str(timedelta(seconds=round(seconds)))


def make_our_move():
    time.sleep(OUR_MOVE)  # busy: nothing else happens meanwhile


async def play_game():
    for _ in range(MOVE_PAIRS):
        make_our_move()
        await asyncio.sleep(THEIR_MOVE)  # they think; we walk on


async def exhibition(boards):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(play_game() for _ in range(boards)))
    return loop.time() - start


async def main():
    previous = await exhibition(1)
    for boards in range(2, 100):
        total = await exhibition(boards)
        extra = total - previous
        print(f"{boards:2} boards take {hms(total)}: {hms(extra)} more")
        if extra > OUR_MOVE:
            break
        previous = total


if __name__ == "__main__":
    asyncio.run(main())
