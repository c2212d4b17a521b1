"""Retries that obey Retry-After and also survive a request that hangs."""

import asyncio
import time
from collections import Counter

import aiohttp
from aiohttp import web

from snippets.http._server import serve

START = time.perf_counter()
seen = Counter()


def log(message):
    print(f"{time.perf_counter() - START:5.2f} s  {message}")


async def report(request):
    seen[request.path] += 1
    if seen[request.path] == 1:  # too many requests: come back in 3 s
        raise web.HTTPTooManyRequests(headers={"Retry-After": "3"})
    if seen[request.path] == 2:
        await asyncio.sleep(30)  # the second request hangs
    return web.Response(text="the report")


async def get_with_retries(session, url, attempts=4, first_delay=0.5):
    for attempt in range(1, attempts + 1):
        delay = first_delay * 2 ** (attempt - 1)
        try:
            async with session.get(url, raise_for_status=True) as response:
                return await response.text()
        except aiohttp.ClientResponseError as error:
            retryable = error.status >= 500 or error.status == 429
            if not retryable or attempt == attempts:
                raise
            # if the server says how long to wait, it knows best
            delay = float(error.headers.get("Retry-After", delay))
            log(f"{error.status}, retry in {delay} s")
        except TimeoutError:
            if attempt == attempts:
                raise
            log(f"timed out, retry in {delay} s")
        await asyncio.sleep(delay)


async def main():
    app = web.Application()
    app.router.add_get("/report", report)
    timeout = aiohttp.ClientTimeout(total=2)  # for each attempt
    async with (
        serve(app) as base_url,
        aiohttp.ClientSession(timeout=timeout) as session,
    ):
        log(f"got {await get_with_retries(session, base_url + '/report')!r}")


if __name__ == "__main__":
    asyncio.run(main())
