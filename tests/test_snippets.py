"""Every snippet prints exactly its recorded output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import book

SNIPPETS = book.snippets()


@pytest.fixture(params=SNIPPETS, ids=[book.module_of(p) for p in SNIPPETS])
def snippet(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    settings = book._runner.settings_for(book.module_of(path))
    request.node.user_properties.append(("snippet", book.module_of(path)))
    if book.VERSION < settings.min_python:
        wanted = ".".join(map(str, settings.min_python))
        pytest.skip(f"needs Python {wanted} or newer")
    return path


def test_snippet(snippet: Path, request: pytest.FixtureRequest) -> None:
    config = request.config
    if config.getoption("--record"):
        record(snippet, request)
    elif config.getoption("--stress"):
        stress(snippet, request, config.getoption("--stress"))
    elif config.getoption("--real-clock"):
        check_on_real_clock(snippet, request)
    else:
        check(snippet, request)


def _run(
    snippet: Path,
    request: pytest.FixtureRequest,
    clock: str | None = None,
    timeout: float | None = None,
) -> book.Run:
    settings = book._runner.settings_for(book.module_of(snippet))
    clock = clock or settings.clock
    timeout = timeout or settings.timeout
    run = book.run_snippet(snippet, clock, timeout)
    request.node.user_properties += [
        ("clock", clock),
        ("simulated", run.simulated),
        ("real", run.real),
    ]
    if run.timed_out:
        pytest.fail(book.timeout_message(snippet, run, timeout, clock), pytrace=False)
    return run


def check(snippet: Path, request: pytest.FixtureRequest) -> None:
    run = _run(snippet, request)
    clock = book._runner.settings_for(book.module_of(snippet)).clock
    compare(snippet, book.expected_output(snippet), run.output, clock, "output")
    if run.timeline is not None:
        compare(snippet, snippet.with_suffix(".svg"), run.timeline, clock, "timeline")


def compare(snippet: Path, recorded: Path, actual: str, clock: str, what: str) -> None:
    """Fail, saying what and where, unless ``actual`` is what ``recorded`` holds."""
    if not recorded.exists():
        pytest.fail(
            f"{snippet.relative_to(book.ROOT)} has no recorded {what}. Record it, "
            f"then read it:\n    {book.rerecord_command(book.module_of(snippet))}",
            pytrace=False,
        )
    expected = recorded.read_text(encoding="utf-8")
    if not book.same_output(expected, actual, clock):
        pytest.fail(
            book.mismatch_message(snippet, recorded, expected, actual, clock),
            pytrace=False,
        )


def stress(snippet: Path, request: pytest.FixtureRequest, times: int) -> None:
    if not book.uses_real_io(snippet):
        pytest.skip("uses no sockets, threads or child processes")
    for attempt in range(1, times + 1):
        try:
            check(snippet, request)
        except pytest.fail.Exception as failure:
            pytest.fail(f"run {attempt} of {times}: {failure}", pytrace=False)


def record(snippet: Path, request: pytest.FixtureRequest) -> None:
    first, second = _run(snippet, request), _run(snippet, request)
    try:
        clock = book._runner.settings_for(book.module_of(snippet)).clock
        written = book.record(snippet, first, second, clock=clock)
    except book.FlakyOutput as error:
        pytest.fail(str(error), pytrace=False)
    if written:
        request.node.user_properties.append(("recorded", True))


def check_on_real_clock(snippet: Path, request: pytest.FixtureRequest) -> None:
    module = book.module_of(snippet)
    settings = book._runner.settings_for(module)
    expected_path = book.expected_output(snippet)
    if not expected_path.exists():
        pytest.skip("no recorded output yet")
    if settings.clock == "simulated":
        simulated = book.run_snippet(snippet, "simulated", settings.timeout).simulated
        # None: it ended without a report (killed by a signal, say); try it.
        if simulated is not None and simulated > book.REAL_CLOCK_BUDGET:
            request.node.user_properties.append(("over_budget", True))
            pytest.skip(
                f"lasts {simulated:g} s on the simulated clock, over the "
                f"{book.REAL_CLOCK_BUDGET:g} s real-clock budget"
            )
    timeout = settings.timeout + book.REAL_CLOCK_BUDGET * 2
    run = _run(snippet, request, "real", timeout)
    expected = expected_path.read_text(encoding="utf-8")
    if not book.agrees_within_tolerance(expected, run.output):
        absolute, relative = book.TOLERANCE
        pytest.fail(
            f"On the real clock, {snippet.relative_to(book.ROOT)} does not agree "
            f"with its recorded output, even allowing numbers to differ by "
            f"{absolute:g} or {relative:.0%}. Either the simulated clock "
            'misleads here (choose clock = "real" for it in '
            "snippets/settings.toml and print rounded values), or the "
            "example's timing is fragile.\n\n"
            + book.diff(expected, run.output, f"{expected_path.name} (recorded)", "real clock"),
            pytrace=False,
        )
