"""A progress report that never gets a turn until the work is over."""

import asyncio
import hashlib

FILES = ["a.txt", "b.txt", "c.txt", "d.txt"]


async def checksum(done):
    for name in FILES:
        data = name.encode() * 2_000_000  # stands for the file's contents
        digest = hashlib.sha256(data).hexdigest()
        done.append(name)
        print(f"checksum: {name} {digest[:12]}")


async def report(done):
    while len(done) < len(FILES):
        print(f"progress: {len(done)} of {len(FILES)} files")
        await asyncio.sleep(0)
    print("progress: all done")


async def main():
    done = []
    await asyncio.gather(checksum(done), report(done))


if __name__ == "__main__":
    asyncio.run(main())
