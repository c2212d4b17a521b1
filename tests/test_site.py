"""The site builds strictly, offline, and loads nothing from another host."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest

from tests import book

pytestmark = pytest.mark.xdist_group("site")

#: An attribute or CSS rule that makes a browser fetch something.
FETCHES = re.compile(
    r"""(?:<(?:script|img|iframe|audio|video|source)\b[^>]*\ssrc
        |<link\b[^>]*\shref
        |@import\s+(?:url\()?
        |url\(
        |import\(
        |Url\s*=)\s*=?\s*["']?(?P<url>(?:https?:)?//[^"')\s>]+)""",
    re.I | re.X,
)

#: nbconvert's page template carries a loader that imports Mermaid from a CDN,
#: but only for a notebook with a Mermaid diagram: the book has none (a test
#: below keeps it so), so that code never runs.  Nothing else is excused.
UNUSED_LOADERS = ("cdnjs.cloudflare.com/ajax/libs/mermaid",)


def external_fetches(site: Path) -> list[str]:
    found = []
    for path in sorted(site.rglob("*")):
        if path.suffix not in {".html", ".css"}:
            continue
        for match in FETCHES.finditer(path.read_text(encoding="utf-8", errors="replace")):
            tag = match.group(0)
            if re.search(r"""rel=["']?(canonical|alternate)""", tag):
                continue  # names the page's address; fetches nothing
            if any(loader in match["url"] for loader in UNUSED_LOADERS):
                continue
            found.append(f"{path.relative_to(site)}: {match['url']}")
    return found


def test_no_notebook_needs_the_mermaid_loader() -> None:
    for notebook in book.notebooks():
        text = notebook.read_text(encoding="utf-8")
        assert "mermaid" not in text.lower(), (
            f"{notebook.relative_to(book.ROOT)} has a Mermaid diagram: its page would "
            "load Mermaid from a CDN. Draw the diagram as an SVG file instead."
        )


def test_site_builds_strictly(site: Path) -> None:
    for page in ("index.html", "why-async/index.html", "jupyter/index.html", "404.html"):
        assert (site / page).is_file(), f"the build made no {page}"


def test_every_page_describes_itself(site: Path) -> None:
    """Each page has its own meta description, for search engines and links."""
    descriptions: dict[str, str] = {}
    for page in book.pages():
        slug = page.relative_to(book.ROOT / "docs").with_suffix("").as_posix()
        built = site / ("index.html" if slug == "index" else f"{slug}/index.html")
        match = re.search(r'<meta name="description" content="([^"]*)"', built.read_text())
        descriptions[slug] = match[1] if match else ""
    repeated = [
        slug
        for slug, text in descriptions.items()
        if list(descriptions.values()).count(text) > 1 or not text
    ]
    assert not repeated, (
        "pages without a description of their own (add description: to their "
        f"front matter): {', '.join(sorted(repeated))}"
    )


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


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")


def broken_links(site: Path) -> list[str]:
    """Every internal link and anchor of the built site, followed."""
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    broken = []
    for page in sorted(site.rglob("*.html")):
        base = "/" + page.relative_to(site).as_posix()
        for href in parse(page).hrefs:
            url = urlparse(urljoin(base, href))
            if url.scheme or url.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            target = site / unquote(url.path).lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {href} leads nowhere")
            elif (
                url.fragment and target.suffix == ".html" and url.fragment not in parse(target).ids
            ):
                hint = ""
                if page.parent.name == "print_page" and url.fragment == ".":
                    hint = (
                        " (the print page breaks a bare link to the Preface:"
                        " link one of its sections, index.md#...)"
                    )
                broken.append(f"{page.relative_to(site)}: {href} names a missing anchor{hint}")
    return broken


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    broken = broken_links(site)
    assert not broken, "\n".join(broken[:30])
