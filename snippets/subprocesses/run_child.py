"""Start a child process and collect what it prints with communicate()."""

import asyncio
import sys

CHILD = "import sys; print('child: my arguments are', sys.argv[1:])"


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        "report.txt",
        "two words",
        stdout=asyncio.subprocess.PIPE,
    )
    print(f"started, returncode {proc.returncode}")
    stdout, stderr = await proc.communicate()
    print(f"stdout: {stdout!r}")
    print(f"stderr: {stderr!r}")
    print(f"finished, returncode {proc.returncode}")


if __name__ == "__main__":
    asyncio.run(main())
