"""A worker service that shuts down cleanly when it receives SIGTERM."""

import asyncio
import itertools
import os
import signal
import time

DURATIONS = [1.5, 4.5, 0.5, 3.5]  # a job arrives each second; its length
DRAIN = 3  # seconds that jobs in progress get to finish after SIGTERM
START = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - START:.2f} s  {text}")


async def do_job(name, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        say(f"{name}: abandoned, to be retried")
        raise
    say(f"{name}: finished")


async def accept_jobs(tg, tasks, stop):
    for number, seconds in enumerate(itertools.cycle(DURATIONS), 1):
        name = f"job-{number}"
        tasks.append(tg.create_task(do_job(name, seconds), name=name))
        say(f"{name}: accepted, takes {seconds} s")
        try:
            await asyncio.wait_for(stop.wait(), timeout=1)
            return  # stop is set: accept no more work
        except TimeoutError:
            pass  # time for the next job


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.call_later(3.2, os.kill, os.getpid(), signal.SIGTERM)
    tasks = []
    try:
        async with asyncio.timeout(None) as drain:
            async with asyncio.TaskGroup() as tg:
                await accept_jobs(tg, tasks, stop)
                say(f"SIGTERM: no new jobs, {DRAIN} s to finish the rest")
                drain.reschedule(loop.time() + DRAIN)
    except TimeoutError:
        say("drain deadline passed")
    finished = [t.get_name() for t in tasks if not t.cancelled()]
    abandoned = [t.get_name() for t in tasks if t.cancelled()]
    say(f"finished {finished}, abandoned {abandoned}")
    say("closing the database")  # cleanup


if __name__ == "__main__":
    asyncio.run(main())
