"""One ClientSession reuses its connections; a session per request cannot."""

import asyncio

import aiohttp
from aiohttp import web

from snippets.http._server import serve

connections = set()  # every connection the server has seen


async def item(request):
    connections.add(request.transport)
    return web.json_response({"item": int(request.match_info["n"])})


async def main():
    app = web.Application()
    app.router.add_get("/items/{n}", item)
    async with serve(app) as base_url:
        for n in range(1, 11):  # the wasteful way
            async with aiohttp.ClientSession() as session:
                async with session.get(f"{base_url}/items/{n}") as response:
                    await response.json()
        print(f"a session per request: {len(connections)} connections")

        connections.clear()
        async with aiohttp.ClientSession() as session:  # the right way
            for n in range(1, 11):
                async with session.get(f"{base_url}/items/{n}") as response:
                    await response.json()
        print(f"one shared session:    {len(connections)} connection")


if __name__ == "__main__":
    asyncio.run(main())
