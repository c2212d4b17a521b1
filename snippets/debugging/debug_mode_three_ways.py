"""Three ways to switch on asyncio's debug mode, and what -X dev adds."""

import asyncio
import os
import subprocess
import sys

CHILD = """
import asyncio, gc
async def probe():
    print(asyncio.get_running_loop().get_debug(), end="")
asyncio.run(probe())
asyncio.new_event_loop()  # a loop that nobody closes: a leaked resource
gc.collect()
"""


def run_child(label, options=(), env=None):
    child = subprocess.run(
        [sys.executable, *options, "-c", CHILD],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
    )
    warned = "ResourceWarning" in child.stderr
    print(f"{label:<24} debug={child.stdout:<6} resource warning={warned}")


async def main():
    loop = asyncio.get_running_loop()
    print(f"{'asyncio.run(debug=True)':<24} debug={loop.get_debug()}")
    loop.set_debug(False)
    print(f"{'loop.set_debug(False)':<24} debug={loop.get_debug()}")


if __name__ == "__main__":
    run_child("python")
    run_child("PYTHONASYNCIODEBUG=1", env={"PYTHONASYNCIODEBUG": "1"})
    run_child("PYTHONASYNCIODEBUG=0", env={"PYTHONASYNCIODEBUG": "0"})
    run_child("python -X dev", options=["-X", "dev"])
    asyncio.run(main(), debug=True)
