"""Predict: a TaskGroup of requests, and one page that answers 404."""

import asyncio
import time

import aiohttp
from aiohttp import web

from snippets.http._server import serve

START = time.perf_counter()
DELAYS = {"news": 0.1, "missing": 0.3, "weather": 0.5, "sport": 0.2}


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def page(request):
    name = request.match_info["name"]
    await asyncio.sleep(DELAYS[name])
    if name == "missing":
        raise web.HTTPNotFound()
    log(f"server: {name} sent")
    return web.Response(text=name)


async def fetch(session, url):
    async with session.get(url) as response:
        log(f"client: got {await response.text()}")


async def main():
    app = web.Application()
    app.router.add_get("/{name}", page)
    async with serve(app) as base_url:
        async with aiohttp.ClientSession(raise_for_status=True) as session:
            try:
                async with asyncio.TaskGroup() as tg:
                    for name in DELAYS:
                        tg.create_task(fetch(session, f"{base_url}/{name}"))
            except* aiohttp.ClientResponseError as group:
                for error in group.exceptions:
                    log(f"client: {error.status} {error.message}")


if __name__ == "__main__":
    asyncio.run(main())
