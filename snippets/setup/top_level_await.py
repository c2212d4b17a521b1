"""Run a script with await at its top level: Python refuses to start it."""

import subprocess
import sys

SCRIPT = """\
import asyncio

reply = await asyncio.sleep(0.1, result="done")
print(reply)
"""


def main():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True
    )
    print(result.stdout + result.stderr, end="")
    print(f"exit status: {result.returncode}")


if __name__ == "__main__":
    main()
