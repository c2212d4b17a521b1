"""Exercise 3: the first SIGTERM sets a deadline, a second one ends it now."""

import asyncio
import os
import signal
import time

JOBS = {"invoice": 1, "resize": 3, "export": 8}
GRACE = 10  # seconds to finish after the first SIGTERM
START = time.perf_counter()


def say(text):
    print(f"{time.perf_counter() - START:.2f} s  {text}")


async def do_job(name, seconds):
    await asyncio.sleep(seconds)
    say(f"{name}: finished")


async def main():
    loop = asyncio.get_running_loop()
    for delay in (0.5, 4):  # an impatient operator
        loop.call_later(delay, os.kill, os.getpid(), signal.SIGTERM)
    tasks = []
    try:
        async with asyncio.timeout(None) as deadline:

            def on_sigterm():
                if deadline.when() is None:
                    say(f"SIGTERM: {GRACE} s to finish, again to stop now")
                    deadline.reschedule(loop.time() + GRACE)
                else:
                    say("SIGTERM again: stopping now")
                    deadline.reschedule(loop.time())

            loop.add_signal_handler(signal.SIGTERM, on_sigterm)
            async with asyncio.TaskGroup() as tg:
                for name, seconds in JOBS.items():
                    task = tg.create_task(do_job(name, seconds), name=name)
                    tasks.append(task)
    except TimeoutError:
        say("deadline reached")
    abandoned = [t.get_name() for t in tasks if t.cancelled()]
    say(f"abandoned: {abandoned}")


if __name__ == "__main__":
    asyncio.run(main())
