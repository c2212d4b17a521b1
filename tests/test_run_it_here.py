"""Run it here: the examples run in the reader's browser (Pyodide).

Three layers: which examples a browser can run (snippets/_site.py), the
Python that runs them there (snippets/_browser.py, also run here in
CPython), and the buttons on the built site, pressed in Chromium.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from snippets import _runner, _site
from tests import book
from tests.browsing import serious_violations

pytestmark = pytest.mark.xdist_group("run-it-here")

MEASUREMENTS = book.ROOT / "build" / "run-it-here.json"


def runnable_snippets(root: Path = book.ROOT) -> list[Path]:
    return [path for path in _runner.discover(root) if not _site.browser_needs(path, root)]


def pages_with_runnable_examples() -> list[str]:
    runnable = {path.relative_to(book.ROOT).as_posix() for path in runnable_snippets()}
    pages = {
        inc.page.relative_to(book.ROOT / "docs").with_suffix("").as_posix()
        for inc in book.includes()
        if inc.path in runnable
    }
    return sorted("/" if slug == "index" else f"/{slug}/" for slug in pages)


# -- which examples a browser can run -----------------------------------------


def make_book(tmp_path: Path, examples: dict[str, str], settings: str = "") -> Path:
    chapter = tmp_path / "snippets" / "demo"
    chapter.mkdir(parents=True)
    (tmp_path / "snippets" / "settings.toml").write_text(settings)
    for name, code in examples.items():
        (chapter / f"{name}.py").write_text(code)
    return tmp_path


@pytest.mark.parametrize(
    ("code", "needs"),
    [
        ("import asyncio\nasyncio.run(asyncio.sleep(1))\n", None),
        ("import threading\n", "threads"),
        ("import asyncio\nasync def f():\n    await asyncio.to_thread(print)\n", "threads"),
        ("import asyncio\nasync def f():\n    await asyncio.open_connection()\n", "network"),
        ("import asyncio\nasync def f():\n    await asyncio.start_server(f)\n", "network"),
        ("import subprocess\n", "other processes"),
        ("import sys\nprint(sys.executable)\n", "other processes"),
        ("import aiohttp\n", "aiohttp"),
        ("from snippets.demo.threaded import helper\n", "threads"),
    ],
)
def test_an_example_that_needs_what_a_browser_lacks_is_spotted(
    tmp_path: Path, code: str, needs: str | None
) -> None:
    root = make_book(tmp_path, {"example": code, "threaded": "import threading\n"})
    found = _site.browser_needs(root / "snippets" / "demo" / "example.py", root)
    if needs is None:
        assert found is None
    else:
        assert found is not None and needs in found


def test_an_example_on_the_real_clock_runs_locally_only(tmp_path: Path) -> None:
    root = make_book(tmp_path, {"timed": "print(1)\n"}, '["demo.timed"]\nclock = "real"\n')
    assert "real time" in (_site.browser_needs(root / "snippets" / "demo" / "timed.py", root) or "")


def test_without_npm_the_book_builds_and_the_buttons_know_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_site.shutil, "which", lambda name: None)
    assert _site.fetch_pyodide("0.29.5", "sha512-unused", tmp_path) is None
    bar = _site.run_bar("snippets/tasks/two_sleeps_concurrently.py", False, False, book.ROOT)
    assert "data-disabled" in bar and 'data-command="python -m snippets.tasks.' in bar
    bar = _site.run_bar("snippets/tasks/two_sleeps_concurrently.py", False, True, book.ROOT)
    assert "data-disabled" not in bar


def test_most_examples_run_in_the_browser() -> None:
    runnable, examples = len(runnable_snippets()), len(_runner.discover())
    assert runnable >= examples // 2, f"only {runnable} of {examples} examples run in a browser"


# -- the Python that runs them, tried in CPython ------------------------------


def browser_python(tmp_path: Path, script: str) -> str:
    """Run ``script`` against a copy of the snippets package, as the worker does."""
    shutil.copytree(
        book.ROOT / "snippets", tmp_path / "snippets", ignore=shutil.ignore_patterns("__pycache__")
    )
    env = {k: v for k, v in _runner.environment("simulated", _runner.Settings()).items()}
    env.pop("SNIPPETS_CLOCK")
    env["PYTHONPATH"] = str(tmp_path)
    prelude = "import json\nfrom snippets import _browser\n_browser.prepare()\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    "modules",
    [
        # Task names count from 1 again on every run.
        ["tasks.task_names", "tasks.task_names", "running_many.gather_order"],
        # Warnings and messages Python prints on the way out.
        ["coroutines.forgot_await", "tasks.vanishing_task", "debugging.exception_never_retrieved"],
        # Debug mode, and an exception that ends the program.
        ["blocking_code.cake_debug_mode", "coroutines.await_outside_async"],
    ],
)
def test_the_browser_runner_prints_what_python_m_prints(tmp_path: Path, modules: list[str]) -> None:
    script = "".join(f"print(json.dumps(_browser.output(_browser.run({m!r}))))\n" for m in modules)
    outputs = [json.loads(line) for line in browser_python(tmp_path, script).splitlines()]
    for module, output in zip(modules, outputs, strict=True):
        path = book.ROOT / "snippets" / Path(*module.split(".")).with_suffix(".py")
        expected = book.expected_output(path).read_text(encoding="utf-8")
        assert output == expected, book.diff(expected, output, "recorded", "browser runner")


def test_an_edit_runs_and_no_edit_runs_the_original(tmp_path: Path) -> None:
    module = "tasks.two_sleeps_concurrently"
    original = (book.ROOT / "snippets" / "tasks" / "two_sleeps_concurrently.py").read_text()
    edited = original.replace('nap("first", 2', 'nap("first", 3')
    assert edited != original
    script = (
        f"print(json.dumps(_browser.output(_browser.run({module!r}, {edited!r}))))\n"
        f"print(json.dumps(_browser.output(_browser.run({module!r}))))\n"
    )
    first, second = (json.loads(line) for line in browser_python(tmp_path, script).splitlines())
    assert "3.00 s  first finishes" in first and "total: 3.00 s" in first
    assert (
        second
        == book.expected_output(book.ROOT / "snippets/tasks/two_sleeps_concurrently.py").read_text()
    )


def test_check_passes_the_solution_and_says_what_is_wrong_with_a_wrong_answer(
    tmp_path: Path,
) -> None:
    module = "tasks.exercise_2_await_the_saves"
    solution_path = book.ROOT / "snippets" / "tasks" / "exercise_2_await_the_saves.py"
    solution = solution_path.read_text()
    expected = book.expected_output(solution_path).read_text()
    wrong = "import asyncio\n\nasync def main():\n    print('saved')\n\nasyncio.run(main())\n"
    answers = [solution, wrong, "raise SystemExit(3)"]
    script = "".join(
        f"result = _browser.check({module!r}, {answer!r}, {expected!r})\n"
        "print(json.dumps(json.loads(result)['checks']))\n"
        for answer in answers
    )
    right, wrong_checks, failing = (
        json.loads(line) for line in browser_python(tmp_path, script).splitlines()
    )
    assert all(passed for passed, _ in right), right
    assert wrong_checks[0][0] and not wrong_checks[1][0], wrong_checks
    assert "Line 1 is 'saved'" in wrong_checks[1][1]
    assert not failing[0][0] and "exit status 3" in failing[0][1], failing


def test_a_program_that_never_ends_is_stopped_at_the_time_limit(tmp_path: Path) -> None:
    forever = (
        "import asyncio\n\nasync def main():\n    while True:\n"
        "        await asyncio.sleep(3600)\n\nasyncio.run(main())\n"
    )
    script = f"print(_browser.run('index.hello_async', {forever!r}))\n"
    result = json.loads(browser_python(tmp_path, script))
    assert result["stopped"] and result["simulated"] > 24 * 3600
    assert result["lines"][-2][1] == "[stopped after 24 hours of simulated time]"


# -- the built site -----------------------------------------------------------

BLOCK = re.compile(
    r'<span class="filename">(snippets/[\w/]+\.py)(?: \([^<]*\))?</span>.*?</code></pre></div>\s*'
    r'(?P<bar><div class="run-it"[^>]*>|<p class="run-local">.*?</p>)?',
    re.S,
)


def test_every_example_on_the_site_has_a_run_bar(site: Path) -> None:
    """A Run button or the local command under every example; one per
    example shown in parts, under its last part."""
    missing, runnable = [], set()
    for page in sorted(site.rglob("index.html")):
        if page.parent.name == "print_page":
            continue
        blocks = list(BLOCK.finditer(page.read_text(encoding="utf-8")))
        for number, match in enumerate(blocks):
            path, bar = book.ROOT / match[1], match["bar"]
            if bar is None:
                shown_later = any(b[1] == match[1] for b in blocks[number + 1 :])
                if not path.name.startswith("_") and not shown_later:
                    missing.append(f"{page.relative_to(site)}: {match[1]}")
            elif bar.startswith('<div class="run-it"'):
                assert not _site.browser_needs(path), f"{match[1]} cannot run in a browser"
                assert f'data-module="{_runner.module_of(path)}"' in bar
                runnable.add(match[1])
            else:
                assert f"python -m snippets.{_runner.module_of(path)}" in bar
    assert not missing, "examples without a Run bar:\n" + "\n".join(missing)
    assert {p.relative_to(book.ROOT).as_posix() for p in runnable_snippets()} == runnable


def pyodide_or_skip(site: Path) -> None:
    if (site / "assets" / "pyodide" / "pyodide.js").is_file():
        return
    message = (
        "the site was built without Pyodide (npm not found, or it could not "
        "fetch the package): install Node.js and run make test again"
    )
    if os.environ.get("CI"):
        pytest.fail(message + "; CI must run the Run buttons", pytrace=False)
    pytest.skip(message)


def test_the_site_serves_pyodide_and_the_snippets_itself(site: Path) -> None:
    pyodide_or_skip(site)
    for name in _site.PYODIDE_FILES:
        assert (site / "assets" / "pyodide" / name).stat().st_size > 0
    bundle = json.loads((site / "assets" / "run" / "bundle.json").read_text())
    assert "snippets/_browser.py" in bundle["files"] and "snippets/_clock.py" in bundle["files"]
    exercises = {_runner.module_of(p) for p in runnable_snippets() if _site.checkable(p)}
    assert len(exercises) >= 30, exercises
    assert set(bundle["expected"]) == exercises


# -- the buttons, pressed in Chromium -----------------------------------------


def comparable(text: str, snippet: Path) -> str:
    """The output, with line numbers inside asyncio masked where they may differ."""
    if not _runner.settings_for(_runner.module_of(snippet)).browser_differs:
        return text
    return re.sub(r"(\.\.\./lib/python[^\n]*line )\d+", r"\1#", text)


def press_run(page, bar) -> str:
    """Press Run, skip the playback, and return the output shown."""
    panel = bar.locator("xpath=following-sibling::div[contains(@class, 'run-it__panel')][1]")
    bar.evaluate(
        "bar => { const solution = bar.closest('details'); if (solution) solution.open = true }"
    )
    bar.locator(".run-it__run").click()
    page.wait_for_function(
        "([bar, panel]) => !panel.hidden || bar.dataset.state === 'failed'",
        arg=[bar.element_handle(), panel.element_handle()],
        timeout=90_000,
    )
    panel.locator(".run-it__clock button").evaluate("skip => skip.click()")
    page.wait_for_function(
        "bar => ['done', 'failed'].includes(bar.dataset.state)",
        arg=bar.element_handle(),
        timeout=30_000,
    )
    if bar.get_attribute("data-state") == "failed":
        return "run failed: " + (bar.locator(".run-it__status").text_content() or "")
    return panel.locator(".run-it__output").text_content() or ""


@pytest.mark.parametrize("path", pages_with_runnable_examples())
def test_run_shows_what_every_example_on_the_page_prints(site: Path, visit, path: str) -> None:
    pyodide_or_skip(site)
    opened = visit(path)
    page = opened.page
    bars = page.locator(".run-it[data-module]")
    seen, failures = set(), []
    for index in range(bars.count()):
        bar = bars.nth(index)
        module = bar.get_attribute("data-module")
        if module in seen:
            continue
        seen.add(module)
        snippet = book.ROOT / "snippets" / Path(*module.split(".")).with_suffix(".py")
        expected_path = _runner.expected_output(snippet, _site.PYODIDE_PYTHON)
        expected = expected_path.read_text(encoding="utf-8")
        shown = press_run(page, bar)
        if comparable(shown, snippet) != comparable(expected, snippet):
            failures.append(
                f"Run on {path} for {module} shows something else than "
                f"{expected_path.relative_to(book.ROOT)}:\n"
                + book.diff(expected, shown, "recorded", "shown in the browser")
            )
    assert seen, f"{path} has no Run button"
    assert not failures, "\n".join(failures) + (
        "\nThe Run button runs the example in Pyodide (Python "
        f"{'.'.join(map(str, _site.PYODIDE_PYTHON))}). Where that Python must print "
        "something else, say why with browser_differs in snippets/settings.toml; "
        "where it cannot run the example at all, make snippets/_site.py's "
        "browser_needs() see why (CONTRIBUTING.md, 'The Run buttons')."
    )
    assert not opened.problems, "\n".join(opened.problems)


def test_an_edited_example_runs_as_edited_and_reset_restores_it(site: Path, visit) -> None:
    pyodide_or_skip(site)
    page = visit("/tasks/").page
    bar = page.locator(".run-it[data-module='tasks.two_sleeps_concurrently']").first
    code = bar.locator("xpath=preceding-sibling::div[1]//code")
    original = code.text_content() or ""
    code.fill(original.replace('nap("first", 2', 'nap("first", 3'))
    shown = press_run(page, bar)
    assert "3.00 s  first finishes" in shown and "total: 3.00 s" in shown, shown
    bar.get_by_role("button", name="Reset").click()
    assert code.text_content() == original
    snippet = book.ROOT / "snippets" / "tasks" / "two_sleeps_concurrently.py"
    assert press_run(page, bar) == book.expected_output(snippet).read_text()


def test_check_gives_the_right_verdicts(site: Path, visit) -> None:
    pyodide_or_skip(site)
    page = visit("/tasks/").page
    module = "tasks.exercise_2_await_the_saves"
    solution = (book.ROOT / "snippets" / "tasks" / "exercise_2_await_the_saves.py").read_text()
    bar = page.locator(f".run-it[data-module='{module}']")
    area = bar.locator(
        "xpath=ancestor::div[contains(@class, 'admonition')][1]//div[@class='run-it-try']"
    )
    editor = area.locator(":scope > .highlight code")
    check_bar = area.locator(".run-it--check")

    def check(answer: str) -> tuple[str, list[str]]:
        editor.fill(answer)
        check_bar.get_by_role("button", name="Check").click()
        page.wait_for_function(
            "bar => ['passed', 'failed'].includes(bar.dataset.state)",
            arg=check_bar.element_handle(),
            timeout=90_000,
        )
        return check_bar.get_attribute("data-state") or "", area.locator("li").all_text_contents()

    state, verdicts = check(solution)
    assert state == "passed" and all(v.startswith("✔") for v in verdicts), verdicts
    area.get_by_role("button", name="Start again").click()
    state, verdicts = check(editor.text_content() or "")
    assert state == "failed" and any(v.startswith("✘") for v in verdicts), verdicts


def test_a_long_run_plays_back_faster_with_a_clock(site: Path, visit) -> None:
    pyodide_or_skip(site)
    page = visit("/why-async/").page
    bar = page.locator(".run-it[data-module='why_async.chess_sync']").first
    shown = press_run(page, bar)
    panel = bar.locator("xpath=following-sibling::div[1]")
    expected = book.expected_output(book.ROOT / "snippets" / "why_async" / "chess_sync.py")
    assert shown == expected.read_text()
    assert "faster" in (panel.locator(".run-it__speed").text_content() or "")
    assert panel.locator(".run-it__time").text_content() == "12:00:00"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_run_controls_pass_the_accessibility_audit(site: Path, visit, scheme: str) -> None:
    """Audited mid-run: an edited example, its playback clock and Skip button."""
    pyodide_or_skip(site)
    opened = visit("/why-async/", scheme)
    page = opened.page
    bar = page.locator(".run-it[data-module='why_async.chess_sync']").first
    code = bar.locator("xpath=preceding-sibling::div[1]//code")
    code.fill((code.text_content() or "").replace("BOARDS = 24", "BOARDS = 25"))
    bar.locator(".run-it__run").click()
    bar.locator("xpath=following-sibling::div[1]").get_by_role(
        "button", name="Skip to end"
    ).wait_for(timeout=90_000)
    page.add_style_tag(content="* { transition: none !important }")
    problems = opened.problems + serious_violations(page)
    page.screenshot(path=str(book.ROOT / "build" / "screenshots" / f"run-{scheme}.png"))
    assert not problems, "\n".join(problems)


def test_without_pyodide_the_buttons_say_how_to_get_it(site: Path, visit) -> None:
    page = visit("/tasks/").page
    bar = page.locator(".run-it[data-module]").first
    bar.evaluate("bar => { bar.dataset.disabled = '' }")
    bar.locator(".run-it__run").click()
    status = bar.locator(".run-it__status").text_content() or ""
    assert "install Node.js" in status and "python -m snippets." in status


def test_the_first_run_loads_python_from_this_site_only(site: Path, browser, base_url) -> None:
    """Measures what the first press of Run costs; the note reports it."""
    pyodide_or_skip(site)
    context = browser.new_context()
    page = context.new_page()
    loaded: dict[str, int] = {}
    elsewhere: list[str] = []
    here = base_url.split("//", 1)[1]

    def count(response) -> None:
        if here not in response.url:
            elsewhere.append(response.url)
        elif response.ok:
            loaded[response.url] = len(response.body())

    context.on("response", count)
    page.goto(base_url + "/tasks/", wait_until="networkidle")
    before = dict(loaded)
    bar = page.locator(".run-it[data-module]").first
    press_run(page, bar)
    fetched = {url: size for url, size in loaded.items() if url not in before}
    assert not elsewhere, f"requests to other hosts: {elsewhere}"
    assert any(url.endswith("pyodide.asm.wasm") for url in fetched), fetched
    assert not any("pyodide" in url for url in before), "Pyodide loaded before Run was pressed"
    seconds = page.evaluate("window.runItHere.loaded.seconds")
    sizes = {url.rsplit("/", 1)[1]: size for url, size in fetched.items()}
    gzipped = sum(
        len(gzip.compress(Path(site, *url.split("/", 3)[3].split("/")).read_bytes()))
        for url in fetched
        if Path(site, *url.split("/", 3)[3].split("/")).is_file()
    )
    MEASUREMENTS.parent.mkdir(parents=True, exist_ok=True)
    MEASUREMENTS.write_text(
        json.dumps(
            {
                "first_run_seconds": round(seconds, 2),
                "bytes": sum(fetched.values()),
                "bytes_gzipped": gzipped,
                "files": sizes,
                "runnable_examples": len(runnable_snippets()),
            },
            indent=2,
        )
    )
    context.close()
