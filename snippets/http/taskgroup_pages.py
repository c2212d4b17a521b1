"""Fetch pages concurrently in a TaskGroup and report each as it lands."""

import asyncio
import time

import aiohttp
from aiohttp import web

from snippets.http._server import serve

START = time.perf_counter()
DELAYS = {"news": 0.3, "weather": 0.5, "sport": 0.2, "music": 0.4, "maps": 0.6}


async def page(request):
    name = request.match_info["name"]
    await asyncio.sleep(DELAYS[name])
    return web.Response(text=f"<h1>{name}</h1>")


async def fetch(session, url):
    async with session.get(url) as response:
        body = await response.text()
    print(f"{time.perf_counter() - START:.2f} s  got {url.rsplit('/')[-1]}")
    return body


async def main():
    app = web.Application()
    app.router.add_get("/{name}", page)
    async with serve(app) as base_url, aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as tg:
            tasks = {
                name: tg.create_task(fetch(session, f"{base_url}/{name}"))
                for name in DELAYS
            }
        for name, task in tasks.items():
            print(f"{name:<8} {task.result()}")


if __name__ == "__main__":
    asyncio.run(main())
