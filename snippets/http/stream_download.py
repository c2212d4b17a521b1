"""Stream a large download in 64 KiB chunks instead of loading it whole."""

import asyncio
import hashlib
import time

import aiohttp
from aiohttp import web

from snippets.http._server import serve

START = time.perf_counter()
PIECE = bytes(range(256)) * 1024  # 256 KiB


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def big_file(request):
    response = web.StreamResponse()
    response.content_length = 4 * len(PIECE)  # 1 MiB in all
    await response.prepare(request)  # sends the status line and headers
    for _ in range(4):
        await asyncio.sleep(1.0)  # a slow disk, or a slow link
        await response.write(PIECE)
    return response


async def main():
    app = web.Application()
    app.router.add_get("/big-file", big_file)
    digest, received, largest = hashlib.sha256(), 0, 0
    async with serve(app) as base_url, aiohttp.ClientSession() as session:
        async with session.get(f"{base_url}/big-file") as response:
            log(f"headers: {response.content_length} bytes to come")
            async for chunk in response.content.iter_chunked(64 * 1024):
                digest.update(chunk)  # use each chunk, then let it go
                largest = max(largest, len(chunk))
                before, received = received, received + len(chunk)
                if received // len(PIECE) > before // len(PIECE):
                    log(f"{received // 1024} KiB so far")
    log(f"done: {received} bytes, sha256 {digest.hexdigest()[:16]}...")
    print(f"largest chunk held: {largest // 1024} KiB")


if __name__ == "__main__":
    asyncio.run(main())
