"""Read a child's output line by line, as it prints it, while doing more."""

import asyncio
import sys
from pathlib import Path

PROGRESS = Path(__file__).with_name("_child_progress.py")


async def follow(proc):
    async for line in proc.stdout:
        print(f"child says: {line.decode().rstrip()}")
    print("child's stdout is closed")


async def answer_requests():
    await asyncio.sleep(0.5)
    for number in (1, 2):
        print(f"main: answered request {number}")
        await asyncio.sleep(1)


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, PROGRESS, stdout=asyncio.subprocess.PIPE
    )
    first = await proc.stdout.readline()  # wait until the child is running
    print(f"child says: {first.decode().rstrip()}")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(follow(proc))
        tg.create_task(answer_requests())
    print(f"child exited with returncode {await proc.wait()}")


if __name__ == "__main__":
    asyncio.run(main())
