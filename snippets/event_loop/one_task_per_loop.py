"""One task runs at a time per event loop; two loops in two threads overlap."""

import asyncio
import threading
import time


async def meet(name, barrier, log):
    start = time.perf_counter()
    try:
        barrier.wait(timeout=1)  # blocks until 2 threads wait at once
        outcome = "met the other one"
    except threading.BrokenBarrierError:
        outcome = "nobody came"
    log.append(f"{name}: {outcome} after {time.perf_counter() - start:.2f} s")


async def one_loop(barrier, log):
    await asyncio.gather(meet("A", barrier, log), meet("B", barrier, log))


def two_loops(barrier, log):
    threads = [
        threading.Thread(target=asyncio.run, args=(meet(n, barrier, log),))
        for n in ("A", "B")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    log = []
    asyncio.run(one_loop(threading.Barrier(2), log))
    print("two tasks on one loop:", *log, sep="\n    ")
    log.clear()
    two_loops(threading.Barrier(2), log)
    print("two tasks on two loops:", *sorted(log), sep="\n    ")
