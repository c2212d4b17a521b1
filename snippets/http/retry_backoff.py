"""Retry a flaky endpoint, waiting twice as long after each failure."""

import asyncio
import time
from collections import Counter

import aiohttp
from aiohttp import web

from snippets.http._server import serve

START = time.perf_counter()
FAILURES = {"/inventory": 2, "/orders": 10}  # how often each path fails
seen = Counter()


def log(message):
    print(f"{time.perf_counter() - START:5.2f} s  {message}")


async def flaky(request):
    seen[request.path] += 1
    if seen[request.path] <= FAILURES.get(request.path, 0):
        raise web.HTTPServiceUnavailable()  # 503: try again later
    return web.Response(text=f"{request.path[1:]} data")


async def get_with_retries(session, url, attempts=4, first_delay=0.5):
    for attempt in range(1, attempts + 1):
        try:
            async with session.get(url, raise_for_status=True) as response:
                return await response.text()
        except aiohttp.ClientResponseError as error:
            if error.status < 500 or attempt == attempts:
                raise  # a client error, or out of attempts: give up
            delay = first_delay * 2 ** (attempt - 1)
            path = error.request_info.url.path
            log(f"{error.status} from {path}, retry in {delay} s")
            await asyncio.sleep(delay)


async def main():
    app = web.Application()
    app.router.add_get("/inventory", flaky)
    app.router.add_get("/orders", flaky)
    async with serve(app) as base_url, aiohttp.ClientSession() as session:
        for path in ["/inventory", "/orders", "/missing"]:
            try:
                text = await get_with_retries(session, base_url + path)
            except aiohttp.ClientResponseError as error:
                log(f"gave up on {path}: {error.status} {error.message}")
            else:
                log(f"got {text!r}")


if __name__ == "__main__":
    asyncio.run(main())
