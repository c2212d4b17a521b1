"""Exercise 1: which of the child's streams does communicate() return?"""

import asyncio
import sys

CHILD = """
import sys
print("child: to stdout")
print("child: to stderr", file=sys.stderr)
sys.exit(3)
"""


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await proc.communicate()
    print(f"parent: stdout {stdout!r}")
    print(f"parent: stderr {stderr!r}")
    print(f"parent: returncode {proc.returncode}")


if __name__ == "__main__":
    asyncio.run(main())
