"""The connection pool as the limit: TCPConnector(limit=3), no Semaphore."""

import asyncio
import time

import aiohttp
from aiohttp import web

from snippets.http._server import serve

in_flight = {"now": 0, "peak": 0}  # as the server sees it
connections = set()


async def page(request):
    connections.add(request.transport)
    in_flight["now"] += 1
    in_flight["peak"] = max(in_flight["peak"], in_flight["now"])
    await asyncio.sleep(1.0)
    in_flight["now"] -= 1
    return web.Response(text="a page")


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def main():
    app = web.Application()
    app.router.add_get("/pages/{n}", page)
    connector = aiohttp.TCPConnector(limit=3)  # at most 3 connections
    async with (
        serve(app) as base_url,
        aiohttp.ClientSession(connector=connector) as session,
    ):
        urls = [f"{base_url}/pages/{n}" for n in range(1, 13)]
        start = time.perf_counter()
        pages = await asyncio.gather(*(fetch(session, url) for url in urls))
        elapsed = time.perf_counter() - start
    print(f"{len(pages)} pages in {elapsed:.2f} s")
    print(f"the server saw at most {in_flight['peak']} requests at once")
    print(f"over {len(connections)} connections")


if __name__ == "__main__":
    asyncio.run(main())
