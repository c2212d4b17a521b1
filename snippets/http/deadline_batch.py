"""asyncio.timeout() puts one deadline on a whole batch of requests."""

import asyncio
import time

import aiohttp
from aiohttp import web

from snippets.http._server import serve

REGIONS = {  # seconds each search takes, and the hotels it finds
    "eu": (0.4, 312),
    "us": (0.9, 287),
    "asia": (1.6, 405),
    "africa": (0.7, 96),
    "oceania": (2.5, 58),
}


async def search(request):
    region = request.match_info["region"]
    seconds, hotels = REGIONS[region]
    await asyncio.sleep(seconds)
    return web.json_response({"region": region, "hotels": hotels})


async def fetch(session, url, results):
    async with session.get(url) as response:
        data = await response.json()
    results[data["region"]] = data["hotels"]


async def main():
    app = web.Application()
    app.router.add_get("/hotels/{region}", search)
    results = {}
    start = time.perf_counter()
    async with serve(app) as base_url, aiohttp.ClientSession() as session:
        try:
            async with asyncio.timeout(1.0), asyncio.TaskGroup() as tg:
                for region in REGIONS:
                    url = f"{base_url}/hotels/{region}"
                    tg.create_task(fetch(session, url, results))
        except TimeoutError:
            print(f"deadline reached at {time.perf_counter() - start:.2f} s")
    for region, hotels in sorted(results.items()):
        print(f"{region}: {hotels} hotels")
    print("no answer:", ", ".join(sorted(REGIONS.keys() - results.keys())))


if __name__ == "__main__":
    asyncio.run(main())
