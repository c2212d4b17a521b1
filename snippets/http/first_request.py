"""One GET request with aiohttp, to a server the example starts itself."""

import asyncio

import aiohttp
from aiohttp import web

from snippets.http._server import serve


async def hello(request):
    await asyncio.sleep(0.2)  # the server takes a moment to answer
    return web.Response(text="Hello from the server!")


async def main():
    app = web.Application()
    app.router.add_get("/hello", hello)
    async with serve(app) as base_url:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{base_url}/hello") as response:
                print("status:", response.status)
                print("type:", response.content_type)
                print("body:", await response.text())


if __name__ == "__main__":
    asyncio.run(main())
