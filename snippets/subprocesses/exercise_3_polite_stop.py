"""Exercise 3: stop a child politely, and by force if it does not listen."""

import asyncio
import signal
import sys
from pathlib import Path

SERVICE = Path(__file__).with_name("_child_service.py")


async def stop(name, proc, grace):
    proc.terminate()  # SIGTERM: please finish up and exit
    try:
        async with asyncio.timeout(grace):
            return await proc.wait()
    except TimeoutError:
        print(f"{name}: still running after {grace} s, killing it")
        proc.kill()  # SIGKILL: cannot be caught or ignored
        return await proc.wait()


async def run_and_stop(name, *args):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, SERVICE, *args, stdout=asyncio.subprocess.PIPE
    )
    ready = await proc.stdout.readline()  # wait until it is listening
    print(f"{name}: {ready.decode().strip()}")
    returncode = await stop(name, proc, grace=1)
    for line in (await proc.stdout.read()).decode().splitlines():
        print(f"{name}: {line}")
    how = signal.Signals(-returncode).name if returncode < 0 else "exit"
    print(f"{name}: returncode {returncode} ({how})")


async def main():
    await run_and_stop("polite")
    await run_and_stop("stubborn", "--stubborn")


if __name__ == "__main__":
    asyncio.run(main())
