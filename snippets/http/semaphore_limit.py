"""A Semaphore keeps at most three requests in flight; the server checks."""

import asyncio
import time

import aiohttp
from aiohttp import web

from snippets.http._server import serve

in_flight = {"now": 0, "peak": 0}  # as the server sees it


async def page(request):
    in_flight["now"] += 1
    in_flight["peak"] = max(in_flight["peak"], in_flight["now"])
    await asyncio.sleep(1.0)  # every page takes a second to render
    in_flight["now"] -= 1
    return web.Response(text="a page")


async def fetch(session, url, slots):
    async with slots, session.get(url) as response:
        return await response.text()


async def main():
    app = web.Application()
    app.router.add_get("/pages/{n}", page)
    async with serve(app) as base_url, aiohttp.ClientSession() as session:
        urls = [f"{base_url}/pages/{n}" for n in range(1, 13)]
        for limit in [12, 3]:
            slots = asyncio.Semaphore(limit)
            in_flight["peak"] = 0
            start = time.perf_counter()
            pages = await asyncio.gather(
                *(fetch(session, url, slots) for url in urls)
            )
            elapsed = time.perf_counter() - start
            peak = in_flight["peak"]
            print(f"limit {limit:>2}: {len(pages)} pages in {elapsed:.2f} s")
            print(f"  the server saw at most {peak} requests at once")


if __name__ == "__main__":
    asyncio.run(main())
