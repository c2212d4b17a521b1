"""The built site, driven in a real browser: Debian's Chromium via Playwright.

Without Chromium these tests are skipped with a hint; under CI=true they
must run.  Screenshots land in build/screenshots/ for a person to look at.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests import book
from tests.browsing import page_weight, serious_violations

pytestmark = pytest.mark.xdist_group("site")

SCREENSHOTS = book.ROOT / "build" / "screenshots"


def page_paths() -> list[str]:
    """The URL path of every page, from the sources, so tests can be named."""
    paths = []
    for source in book.pages() + book.notebooks():
        slug = source.relative_to(book.ROOT / "docs").with_suffix("").as_posix()
        paths.append("/" if slug == "index" else f"/{slug}/")
    return paths


@pytest.mark.parametrize("path", page_paths())
def test_page_loads_cleanly_and_passes_the_accessibility_audit_in_both_palettes(
    visit, path: str
) -> None:
    opened = visit(path)
    assert opened.page.locator("h1").count() >= 1, f"{path} has no heading"
    serious = serious_violations(opened.page)
    # The dark palette too, on the same page: Material switches by attribute.
    opened.page.add_style_tag(content="* { transition: none !important }")
    opened.page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    serious += [f"dark palette: {v}" for v in serious_violations(opened.page)]
    problems = opened.problems + [f"accessibility: {s}" for s in serious]
    assert not problems, f"{path}:\n" + "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["/", "/tasks/", "/why-async/"])
def test_screenshots(visit, path: str, scheme: str) -> None:
    opened = visit(path, scheme)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = (path.strip("/") or "index") + f"-{scheme}.png"
    opened.page.screenshot(path=str(SCREENSHOTS / name), full_page=False)
    expected = "slate" if scheme == "dark" else "default"
    scheme_now = opened.page.evaluate("document.body.dataset.mdColorScheme")
    assert scheme_now == expected, f"{path} opened in the {scheme} palette shows {scheme_now}"


def test_the_palette_toggle_switches_light_and_dark(visit) -> None:
    page = visit("/").page
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    after = page.evaluate("document.body.dataset.mdColorScheme")
    assert {before, after} == {"default", "slate"}, f"the toggle went from {before} to {after}"


@pytest.mark.parametrize(
    ("query", "chapter"),
    [
        ("TaskGroup", "/running-many/"),
        ("Semaphore", "/synchronization/"),
        ("timeout_at", "/timeouts-and-cancellation/"),
        ("chess", "/why-async/"),
    ],
)
def test_search_finds_the_chapter(visit, query: str, chapter: str) -> None:
    page = visit("/").page
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(query, delay=20)  # Material searches on key events
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=10_000)
    top = [urlparse(a.get_attribute("href") or "").path for a in results.all()[:3]]
    assert chapter in top, f"searching {query!r} leads to {top}, not {chapter}"


def test_the_copy_button_copies_exactly_the_snippet(visit) -> None:
    opened = visit("/tasks/")
    opened.context.grant_permissions(["clipboard-read", "clipboard-write"])
    block = opened.page.locator("div.highlight", has_text="two_sleeps_concurrently").first
    block.hover()
    block.locator("button[data-md-type=copy], button.md-clipboard").first.click()
    copied = opened.page.evaluate("navigator.clipboard.readText()")
    snippet = (book.ROOT / "snippets/tasks/two_sleeps_concurrently.py").read_text()
    assert copied.rstrip("\n") == snippet.rstrip("\n"), book.diff(
        snippet, copied, "the snippet", "the clipboard"
    )


def test_the_notebook_page_shows_its_outputs(visit) -> None:
    page = visit("/jupyter/").page
    text = page.locator("body").inner_text()
    for shown in ("A loop is running: True", "asyncio.run() cannot be called from a running"):
        assert shown in text, f"the notebook page does not show the output {shown!r}"


#: What a first visit to a chapter may transfer, gzipped as a host serves it.
PAGE_WEIGHT_BUDGET = 600 * 1024


def test_a_first_visit_to_a_chapter_stays_within_the_weight_budget(browser, base_url) -> None:
    requests, raw, gzipped = page_weight(browser, base_url + "/tasks/")
    assert gzipped <= PAGE_WEIGHT_BUDGET, (
        f"a first visit to /tasks/ transfers {gzipped // 1024} KiB gzipped "
        f"({raw // 1024} KiB raw, {requests} requests), over the "
        f"{PAGE_WEIGHT_BUDGET // 1024} KiB budget"
    )
