"""A polite crawler: a worker pool, a rate limit, a depth limit, a report."""

import asyncio
import re
import time
from collections import Counter

import aiohttp
from aiohttp import web

from snippets.http._server import serve

START = time.perf_counter()

# --8<-- [start:site]
SITE = {  # path: (seconds the server takes, links on the page)
    "/": (0.1, ["/about", "/blog", "/shop"]),
    "/about": (0.1, ["/", "/team"]),
    "/blog": (0.8, ["/blog/1", "/blog/2", "/blog/3"]),  # slow
    "/shop": (0.1, ["/shop/lamps", "/shop/sale", "/blog"]),
    "/team": (0.1, ["/about", "/team/jobs"]),
    "/blog/1": (0.1, ["/blog", "/blog/archive"]),
    "/blog/2": (1.45, ["/blog", "/"]),  # slow
    "/blog/3": (0.1, ["/"]),  # broken: the server fails with a 500
    "/shop/lamps": (5.0, ["/shop/lamps/red"]),  # too slow: times out
    "/team/jobs": (0.1, []),
    "/blog/archive": (0.1, []),
    "/shop/lamps/red": (0.1, []),
}
arrivals = []  # when each request reached the server


async def page(request):
    arrivals.append(time.perf_counter() - START)
    if request.path not in SITE:
        raise web.HTTPNotFound()  # /shop/sale is a dead link
    seconds, links = SITE[request.path]
    await asyncio.sleep(seconds)
    if request.path == "/blog/3":
        raise web.HTTPInternalServerError()
    html = "".join(f'<a href="{link}">{link}</a>\n' for link in links)
    return web.Response(text=html, content_type="text/html")
    # --8<-- [end:site]


# --8<-- [start:limiter]
class RateLimit:
    """Let callers through at most `rate` times a second, evenly spaced."""

    def __init__(self, rate):
        self.interval = 1 / rate
        self.next_slot = 0.0  # the loop's clock, when the next call may go

    async def wait(self):
        now = asyncio.get_running_loop().time()
        slot = max(now, self.next_slot)
        self.next_slot = slot + self.interval  # no await before this line
        await asyncio.sleep(slot - now)
        # --8<-- [end:limiter]


# --8<-- [start:crawler]
MAX_DEPTH = 2
LINK = re.compile(r'href="([^"]+)"')


class Crawler:
    def __init__(self, session, base_url, rate):
        self.session, self.base_url = session, base_url
        self.limit = RateLimit(rate)
        self.todo = asyncio.Queue()
        self.seen = set()  # every path ever queued, to fetch each once
        self.too_deep = set()
        self.results = {}  # path: (depth, when asked, status)

    def add(self, path, depth):
        if path in self.seen:
            return
        if depth > MAX_DEPTH:
            self.too_deep.add(path)
        else:
            self.seen.add(path)
            self.todo.put_nowait((path, depth))

    async def fetch(self, path):
        await self.limit.wait()
        asked = time.perf_counter() - START
        try:
            async with self.session.get(self.base_url + path) as response:
                html = await response.text()
                return asked, str(response.status), LINK.findall(html)
        except TimeoutError:
            return asked, "timeout", []

    async def worker(self):
        while True:
            path, depth = await self.todo.get()
            asked, status, links = await self.fetch(path)
            self.results[path] = (depth, asked, status)
            for link in links:
                self.add(link, depth + 1)
            self.todo.task_done()

    async def run(self, workers):
        self.add("/", 0)
        tasks = [asyncio.create_task(self.worker()) for _ in range(workers)]
        await self.todo.join()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        # --8<-- [end:crawler]


# --8<-- [start:main]
async def main():
    app = web.Application()
    app.router.add_get("/{path:.*}", page)
    timeout = aiohttp.ClientTimeout(total=2)
    async with serve(app) as base_url:
        async with aiohttp.ClientSession(timeout=timeout) as session:
            crawler = Crawler(session, base_url, rate=4)
            await crawler.run(workers=3)
            elapsed = time.perf_counter() - START
    print("page           depth  asked at  status")
    for path, (depth, asked, status) in sorted(crawler.results.items()):
        print(f"{path:<14} {depth:>5}  {asked:>6.2f} s  {status}")
    too_deep = sorted(crawler.too_deep - crawler.seen)
    print(f"not fetched, deeper than {MAX_DEPTH}: {', '.join(too_deep)}")
    print(f"{len(arrivals)} requests in {elapsed:.2f} s")
    per_second = Counter(int(t) for t in arrivals)  # the server's view
    counts = [per_second[second] for second in range(max(per_second) + 1)]
    print(f"requests in each second: {counts}")
    # --8<-- [end:main]


if __name__ == "__main__":
    asyncio.run(main())
