"""Five pages one after another, then all five at once with gather()."""

import asyncio
import time

import aiohttp
from aiohttp import web

from snippets.http._server import serve

DELAYS = {"news": 0.3, "weather": 0.5, "sport": 0.2, "music": 0.4, "maps": 0.6}


async def page(request):
    name = request.match_info["name"]
    await asyncio.sleep(DELAYS[name])  # each page takes its own time
    return web.Response(text=f"<h1>{name}</h1>")


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def main():
    app = web.Application()
    app.router.add_get("/{name}", page)
    async with serve(app) as base_url, aiohttp.ClientSession() as session:
        urls = [f"{base_url}/{name}" for name in DELAYS]

        start = time.perf_counter()
        pages = [await fetch(session, url) for url in urls]
        print(f"one by one: {time.perf_counter() - start:.2f} s")

        start = time.perf_counter()
        pages = await asyncio.gather(*(fetch(session, url) for url in urls))
        print(f"gather:     {time.perf_counter() - start:.2f} s")
        print(pages)


if __name__ == "__main__":
    asyncio.run(main())
