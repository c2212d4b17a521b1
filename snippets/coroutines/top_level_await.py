"""Top-level await: a SyntaxError in a script, fine in python -m asyncio."""

import subprocess
import sys

PROGRAM = """\
import asyncio
print(await asyncio.sleep(0, result="awaited at the top level"))
"""


def run(*options):
    return subprocess.run(
        [sys.executable, *options],
        input=PROGRAM,
        capture_output=True,
        text=True,
        check=False,
    )


as_script = run("-")  # "-": read the program from stdin, as a script
print("as a script:")
print("   ", as_script.stderr.splitlines()[-1])
print(f"    exit status {as_script.returncode}")

in_repl = run("-m", "asyncio")  # the asyncio REPL, reading the same lines
print("typed into python -m asyncio:")
print("   ", in_repl.stdout.replace(">>> ", "").strip())
print(f"    exit status {in_repl.returncode}")
