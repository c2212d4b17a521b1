"""A timeout stops the waiting; kill() stops the child."""

import asyncio
import signal
import sys
import time
from pathlib import Path

JOB = Path(__file__).with_name("_child_job.py")


async def main():
    start = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, JOB, "backup", "60", stdout=asyncio.subprocess.PIPE
    )
    try:
        async with asyncio.timeout(1):
            stdout, _ = await proc.communicate()
        print(stdout.decode())
    except TimeoutError:
        elapsed = time.perf_counter() - start
        print(f"gave up after {elapsed:.1f} s, returncode {proc.returncode}")
        proc.kill()
        returncode = await proc.wait()
        print(f"killed, returncode {returncode}")
        print(f"that is {signal.Signals(-returncode).name}")
    print(f"main done after {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
