"""A tiny event loop: generators as tasks, a ready queue and a timer heap."""

import heapq
import time
from collections import deque

start = time.monotonic()


def run(*tasks):
    ready = deque(tasks)  # tasks that can run now, first in, first out
    sleeping = []  # a heap of (wake-up time, number, task)
    count = 0
    while ready or sleeping:
        now = time.monotonic()
        while sleeping and sleeping[0][0] <= now:  # timers that are due
            ready.append(heapq.heappop(sleeping)[2])
        if not ready:  # nothing to do: sleep until the first timer is due
            time.sleep(sleeping[0][0] - now)
            continue
        task = ready.popleft()
        try:
            delay = next(task)  # run the task up to its next yield
        except StopIteration:
            continue  # the task has finished
        if delay is None:  # a bare yield: let the others run
            ready.append(task)
        else:  # yield a number: sleep that many seconds
            count += 1
            heapq.heappush(sleeping, (now + delay, count, task))


def worker(name, pause, steps):
    for step in range(1, steps + 1):
        print(f"{time.monotonic() - start:.2f} s  {name}: step {step}")
        yield pause


if __name__ == "__main__":
    quick = [worker(name, None, 2) for name in ("ping", "pong")]
    run(*quick, worker("tick", 1.0, 3), worker("tock", 1.5, 2))
