"""Why untrusted text must not reach create_subprocess_shell."""

import asyncio
import shlex
import sys
from asyncio.subprocess import PIPE

SHOW_ARGS = "import sys; print('child: my arguments are', sys.argv[1:])"
# A file name typed by a user, who knows how shells work.
NAME = "notes.txt; echo this line was run by the shell"


async def with_shell():
    python = f"{shlex.quote(sys.executable)} -c {shlex.quote(SHOW_ARGS)}"
    proc = await asyncio.create_subprocess_shell(
        f"{python} {NAME}", stdout=PIPE
    )
    stdout, _ = await proc.communicate()
    print(f"create_subprocess_shell:\n{stdout.decode()}", end="")


async def without_shell():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SHOW_ARGS, NAME, stdout=PIPE
    )
    stdout, _ = await proc.communicate()
    print(f"create_subprocess_exec:\n{stdout.decode()}", end="")


async def main():
    await with_shell()
    await without_shell()


if __name__ == "__main__":
    asyncio.run(main())
