"""The book holds together: includes resolve, nothing is orphaned or untested."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import book

#: Pages that are not chapters, and so have no opening box or key points.
NOT_CHAPTERS = {"glossary.md", "cheat-sheet.md", "further-reading.md"}

OPENING_BOX = re.compile(
    r'(!!! abstract "In this chapter"|class="admonition abstract"[^>]*>\s*'
    r'<p class="admonition-title">In this chapter</p>)'
)
KEY_POINTS = re.compile(
    r'(!!! success "Key points"|class="admonition success"[^>]*>\s*'
    r'<p class="admonition-title">Key points</p>)'
)


def chapters(root: Path = book.ROOT) -> list[Path]:
    return [
        p
        for p in book.pages(root) + book.notebooks(root)
        if p.name not in NOT_CHAPTERS and p.parent == root / "docs"
    ]


def structure_problems(page: Path, root: Path = book.ROOT) -> list[str]:
    text = book.page_text(page)
    name = page.relative_to(root)
    problems = []
    opening = OPENING_BOX.search(text)
    if not opening:
        problems.append(f'{name}: no opening box (!!! abstract "In this chapter")')
    else:
        box = text[opening.end() : opening.end() + 3000]
        for label in ("Questions", "Objectives", "Prerequisites"):
            if f"**{label}**" not in box and f"<strong>{label}</strong>" not in box:
                problems.append(f"{name}: the opening box has no **{label}**")
        first_section = re.search(r"^#{2} ", text, re.M)
        if first_section and first_section.start() < opening.start():
            problems.append(f"{name}: the opening box comes after the first section")
    closing = list(KEY_POINTS.finditer(text))
    if not closing:
        problems.append(f'{name}: no closing box (!!! success "Key points")')
    elif re.search(r"^#{1,2} ", text[closing[-1].end() :], re.M):
        problems.append(f"{name}: a section follows the key points; they close the chapter")
    return problems


def fail_on(problems: list[str]) -> None:
    """Fail with one line per problem, and nothing else."""
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_snippet_is_shown_on_a_page() -> None:
    fail_on(
        [
            f"{p.relative_to(book.ROOT)} is not shown on any page: include it "
            "on its chapter's page (CONTRIBUTING.md, 'Adding an example') or delete it."
            for p in book.orphans()
        ]
    )


def test_every_include_resolves() -> None:
    fail_on(book.unresolved_includes())


def test_every_output_belongs_to_a_snippet() -> None:
    strays = [p for p in book.output_files() if not book.snippet_of_output(p).exists()]
    fail_on(
        [
            f"{p.relative_to(book.ROOT)} belongs to no snippet "
            f"({book.snippet_of_output(p).relative_to(book.ROOT)} does not exist): "
            "delete it, or restore its snippet."
            for p in strays
        ]
    )


def test_every_timeline_is_asked_for_and_shown() -> None:
    shown = {inc.path for inc in book.includes()}
    problems = []
    for path in book.snippets():
        drawing = path.with_suffix(".svg")
        wanted = book._runner.settings_for(book.module_of(path)).timeline
        name = drawing.relative_to(book.ROOT).as_posix()
        if drawing.exists() and not wanted:
            problems.append(f"{name}: its snippet does not ask for a timeline (timeline = true)")
        if wanted and drawing.exists() and name not in shown:
            problems.append(
                f"{name} is not shown on any page: include it under its output, "
                f'inside <figure class="timeline">'
            )
    fail_on(problems)


def test_every_python_block_is_tested_or_a_fragment() -> None:
    problems = book.unmarked_python_blocks()
    assert not problems, "\n".join(problems) + (
        '\nInclude the snippet the code comes from (--8<-- "snippets/..."), '
        "or mark a deliberate fragment with ```{.python .fragment}."
    )


@pytest.mark.parametrize("page", chapters(), ids=lambda p: p.name)
def test_chapter_has_opening_box_and_key_points(page: Path) -> None:
    fail_on(structure_problems(page))


def test_settings_name_existing_snippets() -> None:
    unknown = book._runner.unknown_settings()
    assert not unknown, (
        "snippets/settings.toml has settings for snippets that do not exist: " + ", ".join(unknown)
    )


def test_every_snippet_has_a_docstring_and_fits_a_page() -> None:
    problems = []
    for path in book.snippets():
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(book.ROOT)
        if not re.match(r'(#![^\n]*\n)?"""[^\n]+"""\n', text):
            problems.append(f"{name}: does not open with a one-line docstring")
        long_lines = [n for n, line in enumerate(text.splitlines(), 1) if len(line) > 79]
        if long_lines:
            problems.append(f"{name}: lines over 79 columns: {long_lines}")
    fail_on(problems)


def _shingles(text: str, size: int = 8) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_no_sentence_is_copied_from_the_sources() -> None:
    sources = book.ROOT.parent / "shared" / "sources"
    if not sources.is_dir():
        pytest.skip("the source documents are not beside this checkout")
    borrowed = set().union(*(_shingles(p.read_text()) for p in sources.glob("*.txt")))
    copied = [
        f"{page.relative_to(book.ROOT)}: '{phrase}'"
        for page in book.pages() + book.notebooks()
        for phrase in sorted(_shingles(book.page_text(page)) & borrowed)
    ]
    fail_on([f"eight words in a row taken from a source document: {c}" for c in copied])
