"""How fast is the book's suite, and where does the time go?

    make bench

Prints the snippet count, the simulated time the snippets cover, their real
cost next to a bare interpreter start, the snippet suite's wall time serial
and parallel, and the site's build time.  Numbers, not assertions: speed is
measured here, never asserted in the tests.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests import book


def timed(command: list[str], **kwargs) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=book.ROOT, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - started


def hms(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def measure_pages(site: Path, paths: list[str]) -> dict[str, tuple[int, int, int]]:
    """Page weight of a first visit, in Chromium; empty without it."""
    from tests import test_browser

    if not Path(test_browser.CHROMIUM).exists():
        return {}
    from playwright.sync_api import sync_playwright

    server, url = test_browser.serve(site)
    try:
        with sync_playwright() as playwright:
            browser = test_browser.launch(playwright)
            return {path: test_browser.page_weight(browser, url + path) for path in paths}
    finally:
        server.shutdown()


def main() -> None:
    snippets = book.snippets()
    bare = statistics.median(timed([sys.executable, "-c", "import asyncio"]) for _ in range(10))
    simulated = real = 0.0
    slowest: list[tuple[float, str]] = []
    for path in snippets:
        run = book.run_snippet(path)
        simulated += run.simulated or 0.0
        real += run.real
        slowest.append((run.real, book.module_of(path)))
    pytest = [sys.executable, "-m", "pytest", "tests/test_snippets.py", "-q", "-p", "no:randomly"]
    serial = timed(pytest)
    parallel = timed([*pytest, "-n", "auto"])
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with tempfile.TemporaryDirectory() as site:
        build = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", site], env=env)
        weights = measure_pages(Path(site), ["/", "/tasks/", "/why-async/", "/jupyter/"])

    print(f"snippets                         {len(snippets)}")
    print(f"simulated time they cover        {hms(simulated)} ({simulated:,.0f} s)")
    print(f"real time to run them, serially  {real:.2f} s")
    print(f"  simulated / real               {simulated / real:,.0f} x")
    print(f"  per snippet                    {real / len(snippets) * 1000:.0f} ms")
    print(f"  bare `python -c 'import asyncio'` {bare * 1000:.0f} ms")
    print(f"  overhead per snippet           {(real / len(snippets) - bare) * 1000:.0f} ms")
    print(f"snippet suite, serial            {serial:.1f} s")
    print(f"snippet suite, parallel (-n auto) {parallel:.1f} s")
    print(f"site build (mkdocs --strict)     {build:.1f} s")
    for path, (requests, raw, gzipped) in weights.items():
        print(
            f"first visit to {path:<14}    {gzipped / 1024:.0f} KiB gzipped, "
            f"{raw / 1024:.0f} KiB raw, {requests} requests"
        )
    print("slowest snippets:")
    for seconds, module in sorted(slowest, reverse=True)[:5]:
        print(f"  {seconds * 1000:6.0f} ms  {module}")


if __name__ == "__main__":
    main()
