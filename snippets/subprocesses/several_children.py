"""Run three child processes at once and collect what each printed."""

import asyncio
import sys
import time
from asyncio.subprocess import PIPE
from pathlib import Path

JOB = Path(__file__).with_name("_child_job.py")


async def run(name, seconds):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, JOB, name, str(seconds), stdout=PIPE
    )
    stdout, _ = await proc.communicate()
    print(f"{name}: exited with {proc.returncode}")
    return stdout.decode().strip()


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(run(name, seconds))
            for name, seconds in [("thumbnails", 3), ("index", 1), ("zip", 2)]
        ]
    for task in tasks:
        print(task.result())
    seconds = int(time.perf_counter() - start)  # whole seconds, rounded down
    print(f"all done after {seconds} s; one after another would take 6 s")


if __name__ == "__main__":
    asyncio.run(main())
