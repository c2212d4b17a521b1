"""Exercise 2, fixed: closing stdin tells the child there is no more input."""

import asyncio
import sys
from asyncio.subprocess import PIPE

SORT = "import sys; sys.stdout.writelines(sorted(sys.stdin))"


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SORT, stdin=PIPE, stdout=PIPE
    )
    for word in ["pear", "apple", "fig"]:
        proc.stdin.write(f"{word}\n".encode())
    await proc.stdin.drain()
    proc.stdin.close()  # end of input: the child's loop over stdin ends
    try:
        async with asyncio.timeout(1):
            async for line in proc.stdout:
                print(f"sorted: {line.decode().rstrip()}")
    except TimeoutError:
        print("no answer after 1 s")
        proc.kill()
    print(f"returncode {await proc.wait()}")


if __name__ == "__main__":
    asyncio.run(main())
