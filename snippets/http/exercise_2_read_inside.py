"""Fixed: read the body while the response's block still holds it open."""

import asyncio

import aiohttp
from aiohttp import web

from snippets.http._server import serve


async def menu(request):
    return web.Response(text="soup, bread, cake")


async def get_text(session, url):
    async with session.get(url) as response:
        print("status:", response.status)
        return await response.text()  # inside the block


async def main():
    app = web.Application()
    app.router.add_get("/menu", menu)
    async with serve(app) as base_url, aiohttp.ClientSession() as session:
        try:
            print(await get_text(session, f"{base_url}/menu"))
        except aiohttp.ClientConnectionError as error:
            print(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    asyncio.run(main())
