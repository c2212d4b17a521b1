"""The harness's own checks fail, and say what and where, when they should."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from snippets import _runner
from tests import book
from tests.test_integrity import structure_problems


def make_book(root: Path, page: str, snippet: str = 'print("hi")\n') -> Path:
    (root / "snippets" / "demo").mkdir(parents=True)
    (root / "docs").mkdir()
    path = root / "snippets" / "demo" / "hello.py"
    path.write_text(f'"""Says hello."""\n{snippet}')
    (root / "docs" / "demo.md").write_text(textwrap.dedent(page))
    return path


INCLUDED = """\
    # Demo

    ```python title="snippets/demo/hello.py"
    --8<-- "snippets/demo/hello.py"
    ```
    """


def test_a_changed_output_names_snippet_page_diff_and_command(tmp_path: Path) -> None:
    snippet = make_book(tmp_path, INCLUDED)
    out = snippet.with_suffix(".out")
    message = book.mismatch_message(
        snippet,
        out,
        "$ python -m snippets.demo.hello\nhi\n",
        "$ python -m snippets.demo.hello\nhI\n",
        "simulated",
        tmp_path,
    )
    assert "snippets/demo/hello.py no longer prints what snippets/demo/hello.out" in message
    assert "Shown on: docs/demo.md" in message
    assert "-hi\n+hI\n" in message
    assert "make record ONLY=demo.hello" in message


def test_a_hanging_program_is_stopped_and_reported(tmp_path: Path) -> None:
    script = tmp_path / "forever.py"
    script.write_text(
        "import asyncio\n\nasync def main():\n    print('waiting', flush=True)\n"
        "    while True:\n        await asyncio.sleep(1)\n\nasyncio.run(main())\n"
    )
    env = _runner.environment("simulated", _runner.Settings())
    output, status, real = book.run_command([sys.executable, str(script)], env, timeout=1)
    assert status is None and output == "waiting\n" and real < 5
    snippet = make_book(tmp_path / "book", INCLUDED)
    run = book.Run(book.format_output("demo.hello", output, status), status, None, real)
    message = book.timeout_message(snippet, run, 1, "simulated", tmp_path / "book")
    assert "snippets/demo/hello.py did not finish within 1 s" in message
    assert "Shown on: docs/demo.md" in message
    assert '["demo.hello"]\n    timeout = 10' in message


def test_an_orphan_is_found(tmp_path: Path) -> None:
    make_book(tmp_path, "# Demo\n\nNo example here.\n")
    assert [p.name for p in book.orphans(tmp_path)] == ["hello.py"]
    assert book.pages_showing(tmp_path / "snippets/demo/hello.py", tmp_path) == []


def test_an_included_snippet_is_no_orphan(tmp_path: Path) -> None:
    make_book(tmp_path, INCLUDED)
    assert book.orphans(tmp_path) == []


def test_a_missing_include_and_a_missing_section_are_found(tmp_path: Path) -> None:
    make_book(
        tmp_path,
        """\
        # Demo

        ```python
        --8<-- "snippets/demo/hello.py"
        ```

        ```python
        --8<-- "snippets/demo/missing.py"
        ```

        !!! example "Exercise"

            ```python
            --8<-- "snippets/demo/hello.py:middle"
            ```
        """,
    )
    assert book.unresolved_includes(tmp_path) == [
        "docs/demo.md:8 includes snippets/demo/missing.py, which does not exist",
        "docs/demo.md:14 includes section 'middle' of snippets/demo/hello.py, "
        "which has no '# --8<-- [start:middle]' line",
    ]


def test_only_untested_python_blocks_are_flagged(tmp_path: Path) -> None:
    make_book(
        tmp_path,
        """\
        # Demo

        ```python
        print("nobody runs me")
        ```

        ```{.python .fragment}
        result = await fetch(url)
        ```

        ??? tip "Solution"

            ```python title="snippets/demo/hello.py"
            --8<-- "snippets/demo/hello.py"
            ```

        ```console
        $ python -m snippets.demo.hello
        ```

        ````markdown
        ```python
        shown as Markdown source, not as Python
        ```
        ````
        """,
    )
    assert book.unmarked_python_blocks(tmp_path) == [
        "docs/demo.md:3: a Python block that is neither an include of a "
        "snippet nor marked as a fragment"
    ]


def test_chapter_structure_is_checked(tmp_path: Path) -> None:
    make_book(tmp_path, "# Demo\n\n## First\n\nText.\n")
    page = tmp_path / "docs" / "demo.md"
    assert structure_problems(page, tmp_path) == [
        'docs/demo.md: no opening box (!!! abstract "In this chapter")',
        'docs/demo.md: no closing box (!!! success "Key points")',
    ]
    page.write_text(
        '# Demo\n\n!!! abstract "In this chapter"\n\n    **Questions**\n\n'
        "    - Why?\n\n    **Objectives**\n\n    - This.\n\n## First\n\n"
        '!!! success "Key points"\n\n    - Done.\n'
    )
    assert structure_problems(page, tmp_path) == [
        "docs/demo.md: the opening box has no **Prerequisites**"
    ]


def test_flaky_output_is_not_recorded(tmp_path: Path) -> None:
    snippet = make_book(tmp_path, INCLUDED)
    first = book.Run("$ python -m snippets.demo.hello\n0.61\n", 0, 1.0, 0.1)
    second = book.Run("$ python -m snippets.demo.hello\n0.62\n", 0, 1.0, 0.1)
    with pytest.raises(book.FlakyOutput, match="printed different output on two runs"):
        book.record(snippet, first, second, tmp_path)
    assert not snippet.with_suffix(".out").exists()
    assert book.record(snippet, first, first, tmp_path) == snippet.with_suffix(".out")
    assert book.record(snippet, first, first, tmp_path) is None  # unchanged


def test_a_per_version_output_applies_from_its_version_on(tmp_path: Path) -> None:
    snippet = make_book(tmp_path, INCLUDED)
    base = snippet.with_suffix(".out")
    newer = snippet.with_suffix(".py313.out")
    base.write_text("old\n")
    newer.write_text("new\n")
    assert book.expected_output(snippet, (3, 11)) == base
    assert book.expected_output(snippet, (3, 12)) == base
    assert book.expected_output(snippet, (3, 13)) == newer
    assert book.snippet_of_output(newer) == snippet


def test_normalisation_hides_only_what_varies(tmp_path: Path) -> None:
    raw = (
        f'File "{book.ROOT}/snippets/demo/hello.py", line 3\n'
        "<Task pending name='Task-1' coro=<main() at 0x7f3a2b1c0d40>>\n"
        "serving on ('127.0.0.1', 40123) and 127.0.0.1:40124\n"
        "<Process 48213>\n"
        "2.00 s after 3 tries\n"
    )
    assert book.normalise(raw) == (
        'File "snippets/demo/hello.py", line 3\n'
        "<Task pending name='Task-1' coro=<main() at 0x...>>\n"
        "serving on ('127.0.0.1', <port>) and 127.0.0.1:<port>\n"
        "<Process <pid>>\n"
        "2.00 s after 3 tries\n"
    )


@pytest.mark.parametrize(
    ("recorded", "real", "agrees"),
    [
        ("took 2.00 s\n", "took 2.04 s\n", True),
        ("gave up after 1.0 s\n", "gave up after 1.1 s\n", True),
        ("took 0.50 s\n", "took 0.58 s\n", True),
        ("took 4.00 s\n", "took 4.30 s\n", False),
        ("3 tasks\n", "4 tasks\n", False),
        ("took 2.00 s\n", "took 2.00 seconds\n", False),
        ("a\nb\n", "b\na\n", False),
    ],
)
def test_real_clock_tolerance(recorded: str, real: str, agrees: bool) -> None:
    assert book.agrees_within_tolerance(recorded, real) is agrees


def test_examples_run_without_the_callers_ci_and_pytest_settings(monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("PYTEST_ADDOPTS", "-v")
    monkeypatch.setenv("PYTHONASYNCIODEBUG", "1")
    env = _runner.environment("simulated", _runner.Settings())
    assert not {"CI", "PYTEST_ADDOPTS", "PYTHONASYNCIODEBUG"} & set(env)
    settings = _runner.Settings(env={"PYTHONASYNCIODEBUG": "1"})
    assert _runner.environment("simulated", settings)["PYTHONASYNCIODEBUG"] == "1"
