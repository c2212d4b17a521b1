"""Feed a child's stdin and read its stdout and stderr with communicate()."""

import asyncio
import sys
from asyncio.subprocess import PIPE
from pathlib import Path

ADDER = Path(__file__).with_name("_child_adder.py")


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, ADDER, stdin=PIPE, stdout=PIPE, stderr=PIPE
    )
    stdout, stderr = await proc.communicate(b"12\n30\nforty\n7\nlots\n")
    print(f"stdout: {stdout.decode()!r}")
    print(f"stderr: {stderr.decode()!r}")
    print(f"returncode: {proc.returncode}")


if __name__ == "__main__":
    asyncio.run(main())
