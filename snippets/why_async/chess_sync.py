"""A chess exhibition played one game after another: 24 games, 12 hours."""

import time
from datetime import timedelta

BOARDS = 24
MOVE_PAIRS = 30  # one move of ours and one reply per pair
OUR_MOVE = 5  # seconds we spend on a move
THEIR_MOVE = 55  # seconds an opponent spends on a reply
SHOWN = (1, 2, 3, BOARDS)  # the boards whose finish we print


def hms(seconds):
    return str(timedelta(seconds=round(seconds)))


def play_game():
    for _ in range(MOVE_PAIRS):
        time.sleep(OUR_MOVE)  # we think and move: busy
        time.sleep(THEIR_MOVE)  # we stand and wait for the reply


def main():
    start = time.perf_counter()
    for board in range(1, BOARDS + 1):
        play_game()
        if board in SHOWN:
            finished = time.perf_counter() - start
            print(f"board {board:2}: game over at {hms(finished)}")
    total = time.perf_counter() - start
    print(f"the exhibition took {hms(total)}")


if __name__ == "__main__":
    main()
