"""wait() with stdout=PIPE hangs on a child that prints a lot."""

import asyncio
import sys
from asyncio.subprocess import PIPE

SIZE = 1_000_000
CHATTY = f"import sys; sys.stdout.write('x' * {SIZE})"


async def with_wait():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHATTY, stdout=PIPE
    )
    try:
        async with asyncio.timeout(1):
            await proc.wait()
    except TimeoutError:
        print(f"wait(): no exit after 1 s, returncode {proc.returncode}")
        proc.kill()
        stdout, _ = await proc.communicate()  # not wait(): see below
        whole = len(stdout) == SIZE
        print(f"kill(): returncode {proc.returncode}, all the output: {whole}")


async def with_communicate():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHATTY, stdout=PIPE
    )
    stdout, _ = await proc.communicate()
    whole = len(stdout) == SIZE
    print(
        f"communicate(): returncode {proc.returncode}, all the output: {whole}"
    )


async def main():
    await with_wait()
    await with_communicate()


if __name__ == "__main__":
    asyncio.run(main())
