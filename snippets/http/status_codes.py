"""Status codes: aiohttp hands you a 404 or a 500 until you ask it to raise."""

import asyncio

import aiohttp
from aiohttp import web

from snippets.http._server import serve


async def ok(request):
    return web.Response(text="fine")


async def broken(request):
    raise web.HTTPInternalServerError()  # the server's own bug, say


async def moved(request):
    raise web.HTTPMovedPermanently("/ok")


async def main():
    app = web.Application()
    app.router.add_get("/ok", ok)
    app.router.add_get("/broken", broken)
    app.router.add_get("/old-page", moved)
    async with serve(app) as base_url, aiohttp.ClientSession() as session:
        for path in ["/ok", "/old-page", "/missing", "/broken"]:
            async with session.get(base_url + path) as response:
                redirects = [r.status for r in response.history]
                print(f"{path}: {response.status} {response.reason}")
                print(f"  ok={response.ok}, redirects={redirects}")
                try:
                    response.raise_for_status()
                except aiohttp.ClientResponseError as error:
                    print(f"  raised {type(error).__name__}: {error.status}")


if __name__ == "__main__":
    asyncio.run(main())
