"""Driving the built site in a real browser: Debian's Chromium via Playwright.

Shared by the browser tests; their fixtures live in conftest.py.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve a built site on loopback, in a thread; returns server and URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


def page_weight(browser, url: str) -> tuple[int, int, int]:
    """A first visit's requests, bytes, and bytes once gzipped (as served)."""
    context = browser.new_context()
    page = context.new_page()
    bodies: list[bytes] = []
    page.on("response", lambda response: bodies.append(response.body()))
    page.goto(url, wait_until="networkidle")
    context.close()
    return len(bodies), sum(map(len, bodies)), sum(len(gzip.compress(b)) for b in bodies)


class Visit:
    """A page opened in a fresh context, with everything that went wrong."""

    def __init__(self, browser, base_url: str, path: str, scheme: str = "light") -> None:
        self.context = browser.new_context(color_scheme=scheme)
        self.page = self.context.new_page()
        self.page.set_default_timeout(10_000)
        self.problems: list[str] = []
        here = urlparse(base_url).netloc
        page = self.page
        page.on(
            "request",
            lambda r: (
                urlparse(r.url).netloc not in ("", here)
                and not r.url.startswith("data:")
                and self.problems.append(f"request to another host: {r.url}")
            ),
        )
        page.on("requestfailed", lambda r: self.problems.append(f"failed request: {r.url}"))
        page.on(
            "response",
            lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"),
        )
        page.on(
            "console",
            lambda m: m.type == "error" and self.problems.append(f"console error: {m.text}"),
        )
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.goto(base_url + path, wait_until="networkidle")

    def close(self) -> None:
        self.context.close()


def serious_violations(page) -> list[str]:
    """What axe-core finds seriously or critically wrong on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -- "
        + "; ".join(n["target"][0] for n in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
