"""ClientTimeout: a time limit for every request, and one for a slow call."""

import asyncio
import time

import aiohttp
from aiohttp import web

from snippets.http._server import serve

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def report(request):
    await asyncio.sleep(5)  # a slow report
    log("server: report ready")
    return web.Response(text="the report")


async def main():
    app = web.Application()
    app.router.add_get("/report", report)
    quick = aiohttp.ClientTimeout(total=2)
    async with serve(app) as url, aiohttp.ClientSession(timeout=quick) as s:
        try:
            async with s.get(f"{url}/report") as response:
                log(await response.text())
        except TimeoutError:
            log("client: gave up after 2 s")

        patient = aiohttp.ClientTimeout(total=10)
        async with s.get(f"{url}/report", timeout=patient) as response:
            log(f"client: got {await response.text()!r}")


if __name__ == "__main__":
    asyncio.run(main())
