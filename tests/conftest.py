"""Options, the built site, and the summary of the snippet runs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import book
from tests.browsing import CHROMIUM, Visit, launch, serve


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("asyncio by example")
    group.addoption(
        "--record",
        action="store_true",
        help="write missing and changed outputs of snippets and notebooks",
    )
    group.addoption(
        "--stress",
        type=int,
        default=0,
        metavar="N",
        help="run each snippet that uses sockets, threads or child processes "
        "N times, and fail on the first run that differs",
    )
    group.addoption(
        "--real-clock",
        action="store_true",
        help=f"run snippets whose simulated run is under "
        f"{book.REAL_CLOCK_BUDGET:g} s on the real clock and compare",
    )


def pytest_configure(config: pytest.Config) -> None:
    config._snippet_runs = []  # type: ignore[attr-defined]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # user_properties travel from xdist workers to the controller.
    if report.when == "call" or (report.when == "setup" and report.skipped):
        props = dict(report.user_properties)
        if "snippet" in props:
            config = _config
            if config is not None:
                config._snippet_runs.append(props)  # type: ignore[attr-defined]


_config: pytest.Config | None = None


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    global _config
    _config = session.config


def _hms(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours}:{minutes:02d}:{secs:05.2f}"


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    runs = config._snippet_runs  # type: ignore[attr-defined]
    if not runs:
        return
    write = terminalreporter.write_line
    terminalreporter.section("snippets")
    by_clock: dict[str, list[dict]] = {}
    for run in runs:
        by_clock.setdefault(run.get("clock", "skipped"), []).append(run)
    for clock, group in sorted(by_clock.items()):
        if clock == "skipped":
            continue
        simulated = sum(r.get("simulated") or 0 for r in group)
        real = sum(r.get("real") or 0 for r in group)
        write(
            f"{len(group)} snippets on the {clock} clock: "
            f"{_hms(simulated)} of program time in {real:.1f} s of real time "
            f"(summed over the runs)"
        )
    over = sorted(r["snippet"] for r in runs if r.get("over_budget"))
    if over:
        write(
            f"{len(over)} snippets are longer than the real-clock budget of "
            f"{book.REAL_CLOCK_BUDGET:g} simulated seconds and ran only on the "
            "simulated clock:"
        )
        for name in over:
            write(f"    {name}")
    recorded = sorted(r["snippet"] for r in runs if r.get("recorded"))
    if recorded:
        write(f"recorded {len(recorded)} outputs: {', '.join(recorded)}")
        write("read the diff (git diff snippets) before you commit")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per test process with mkdocs build --strict."""
    target = tmp_path_factory.mktemp("site")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=book.ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    messages = [line for line in result.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
    assert result.returncode == 0 and not messages, "mkdocs build --strict failed:\n" + (
        "\n".join(messages) or result.stderr[-3000:]
    )
    return target


# -- the browser (tests/browsing.py) ---------------------------------------------


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    server, url = serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = (
            f"no Chromium at {CHROMIUM}: install Debian's package "
            "(apt-get install chromium) or set CHROMIUM=/path/to/chromium"
        )
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the browser tests", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def visit(browser, base_url: str):
    opened: list[Visit] = []

    def open_page(path: str, scheme: str = "light") -> Visit:
        opened.append(Visit(browser, base_url, path, scheme))
        return opened[-1]

    yield open_page
    for visit_ in opened:
        visit_.close()
