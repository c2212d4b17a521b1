"""The site builds strictly, offline, and loads nothing from another host."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests import book

#: An attribute or CSS rule that makes a browser fetch something.
FETCHES = re.compile(
    r"""(?:<(?:script|img|iframe|audio|video|source)\b[^>]*\ssrc
        |<link\b[^>]*\shref
        |@import\s+(?:url\()?
        |url\()\s*=?\s*["']?(?P<url>(?:https?:)?//[^"')\s>]+)""",
    re.I | re.X,
)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
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


def external_fetches(site: Path) -> list[str]:
    found = []
    for path in sorted(site.rglob("*")):
        if path.suffix not in {".html", ".css"}:
            continue
        for match in FETCHES.finditer(path.read_text(encoding="utf-8", errors="replace")):
            tag = match.group(0)
            if re.search(r"""rel=["']?(canonical|alternate)""", tag):
                continue  # names the page's address; fetches nothing
            found.append(f"{path.relative_to(site)}: {match['url']}")
    return found


def test_site_builds_strictly(site: Path) -> None:
    for page in ("index.html", "why-async/index.html", "jupyter/index.html", "404.html"):
        assert (site / page).is_file(), f"the build made no {page}"


def test_site_loads_nothing_from_another_host(site: Path) -> None:
    fetches = external_fetches(site)
    assert not fetches, (
        "the published site would make readers' browsers contact other hosts:\n"
        + "\n".join(fetches[:20])
    )


def test_included_files_reach_the_page(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    assert "--8&lt;--" not in html and "--8<--" not in html, "an include was left unexpanded"
    assert "$ python -m snippets.index.hello_async" in text, (
        "the preface does not show the recorded output of snippets/index/hello_async.py"
    )
