"""What the tests know about the book: its pages, examples and outputs.

Every function takes the repository root, so that the harness's own tests
can point it at a small book made up for the occasion.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from snippets import _runner

ROOT = _runner.ROOT
SUPPORTED = _runner.SUPPORTED
VERSION = sys.version_info[:2]

#: The budget, in simulated seconds, for running an example on the real clock.
REAL_CLOCK_BUDGET = 5.0

#: How far numbers may drift on the real clock: absolute, or relative.
TOLERANCE = (0.1, 0.05)

INCLUDE = re.compile(r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<target>[^"]+)"[ \t]*$')
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
PYTHON_LANGUAGES = {"python", "py", "python3", "pycon", "pyi"}


# -- the pages ----------------------------------------------------------------


@dataclass(frozen=True)
class Include:
    page: Path
    line: int
    target: str  # as written: path[:section]

    @property
    def path(self) -> str:
        return self.target.split(":", 1)[0]

    @property
    def section(self) -> str | None:
        parts = self.target.split(":", 1)
        return parts[1] if len(parts) == 2 else None

    def where(self, root: Path) -> str:
        return f"{self.page.relative_to(root)}:{self.line}"


def pages(root: Path = ROOT) -> list[Path]:
    return sorted((root / "docs").rglob("*.md"))


def notebooks(root: Path = ROOT) -> list[Path]:
    return sorted(
        p for p in (root / "docs").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )


def page_text(page: Path) -> str:
    """A page's Markdown; for a notebook, its Markdown cells."""
    if page.suffix != ".ipynb":
        return page.read_text(encoding="utf-8")
    cells = json.loads(page.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def includes(root: Path = ROOT) -> list[Include]:
    found = []
    for page in pages(root) + notebooks(root):
        for number, line in enumerate(page_text(page).splitlines(), 1):
            match = INCLUDE.match(line)
            if match:
                found.append(Include(page, number, match["target"]))
    return found


def pages_showing(path: Path, root: Path = ROOT) -> list[str]:
    relative = path.relative_to(root).as_posix()
    return sorted(
        {inc.page.relative_to(root).as_posix() for inc in includes(root) if inc.path == relative}
    )


def unresolved_includes(root: Path = ROOT) -> list[str]:
    problems = []
    for inc in includes(root):
        target = root / inc.path
        if not target.is_file():
            problems.append(f"{inc.where(root)} includes {inc.path}, which does not exist")
        elif inc.section and f"[start:{inc.section}]" not in target.read_text(encoding="utf-8"):
            problems.append(
                f"{inc.where(root)} includes section {inc.section!r} of {inc.path}, "
                f"which has no '# --8<-- [start:{inc.section}]' line"
            )
    return problems


@dataclass(frozen=True)
class CodeBlock:
    page: Path
    line: int
    info: str
    body: list[str]

    @property
    def classes(self) -> set[str]:
        info = self.info.strip()
        if info.startswith("{"):
            return {word.lstrip(".") for word in info.strip("{}").split() if word.startswith(".")}
        return {info.split()[0]} if info else set()

    @property
    def is_python(self) -> bool:
        return bool(self.classes & PYTHON_LANGUAGES)

    @property
    def is_include(self) -> bool:
        lines = [line for line in self.body if line.strip()]
        return bool(lines) and all(INCLUDE.match(line) for line in lines)


def code_blocks(page: Path) -> list[CodeBlock]:
    blocks = []
    lines = page_text(page).splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence, start = opening["fence"], index
        body = []
        index += 1
        while index < len(lines):
            closing = FENCE.match(lines[index])
            if closing and closing["fence"].startswith(fence) and not closing["info"].strip():
                break
            body.append(lines[index])
            index += 1
        blocks.append(CodeBlock(page, start + 1, opening["info"], body))
        index += 1
    return blocks


def unmarked_python_blocks(root: Path = ROOT) -> list[str]:
    return [
        f"{block.page.relative_to(root)}:{block.line}: a Python block that is "
        "neither an include of a snippet nor marked as a fragment"
        for page in pages(root)
        for block in code_blocks(page)
        if block.is_python and not block.is_include and "fragment" not in block.classes
    ]


# -- the examples -------------------------------------------------------------


snippets = _runner.discover
module_of = _runner.module_of


REAL_IO = re.compile(
    r"start_server|open_connection|socket|to_thread|run_in_executor|threading"
    r"|Thread\(|subprocess|create_subprocess|ProcessPool|signal|aiohttp"
)


def uses_real_io(snippet: Path) -> bool:
    """Whether a snippet talks to sockets, threads, child processes or signals."""
    return bool(REAL_IO.search(snippet.read_text(encoding="utf-8")))


def orphans(root: Path = ROOT) -> list[Path]:
    shown = {inc.path for inc in includes(root)}
    return [p for p in snippets(root) if p.relative_to(root).as_posix() not in shown]


def output_files(root: Path = ROOT) -> list[Path]:
    """Recorded outputs and timelines."""
    folder = root / "snippets"
    return sorted([*folder.glob("*/*.out"), *folder.glob("*/*.svg")])


def snippet_of_output(out: Path) -> Path:
    """``x.out``, ``x.py313.out`` and ``x.svg`` all belong to ``x.py``."""
    stem = re.sub(r"\.py3\d+$", "", out.name.removesuffix(".out").removesuffix(".svg"))
    return out.with_name(stem + ".py")


version_tag = _runner.version_tag


def expected_output(snippet: Path, version: tuple[int, int] = VERSION) -> Path:
    """The recorded output that applies on ``version``."""
    return _runner.expected_output(snippet, version)


def output_to_record(snippet: Path, version: tuple[int, int] = VERSION) -> Path:
    """Where ``make record`` writes this version's output."""
    base = snippet.with_suffix(".out")
    if version <= SUPPORTED[0] or not base.exists():
        return base
    return snippet.with_suffix(f".{version_tag(version)}.out")


# -- running an example -------------------------------------------------------


@dataclass(frozen=True)
class Run:
    output: str  # normalised, as an .out file holds it
    status: int | None  # None when it was stopped
    simulated: float | None  # seconds on the clock it ran on
    real: float
    timeline: str | None = None  # the SVG drawing, for snippets that ask for one

    @property
    def timed_out(self) -> bool:
        return self.status is None


def normalise(text: str, root: Path = ROOT) -> str:
    paths = sysconfig.get_paths()
    return _runner.normalise(text, root, paths["stdlib"], paths["purelib"], VERSION)


def format_output(module: str, raw: str, status: int | None, root: Path = ROOT) -> str:
    text = normalise(raw, root)
    if text and not text.endswith("\n"):
        text += "\n"
    out = f"$ python -m snippets.{module}\n{text}"
    if status:
        out += f"[exit status {status}]\n"
    return out


def run_command(
    command: list[str], env: dict[str, str], timeout: float, cwd: Path = ROOT
) -> tuple[str, int | None, float]:
    """Run, merging stdout and stderr; stop the whole process group on timeout."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        # Ctrl-C behaves as in a terminal even when the suite runs where
        # SIGINT is ignored (in the background, under nohup).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        raw, _ = process.communicate(timeout=timeout)
        status: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raw, _ = process.communicate()
        status = None
    return raw.decode("utf-8", "replace"), status, time.perf_counter() - started


def run_snippet(
    snippet: Path, clock: str | None = None, timeout: float | None = None, root: Path = ROOT
) -> Run:
    module = module_of(snippet, root)
    settings = _runner.settings_for(module, root)
    clock = clock or settings.clock
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "clock"
        drawing = Path(scratch) / "timeline.svg" if settings.timeline else None
        env = _runner.environment(
            clock, settings, report, drawing if clock == "simulated" else None
        )
        raw, status, real = run_command(
            _runner.command(module), env, timeout or settings.timeout, cwd=root
        )
        simulated = float(report.read_text()) if report.exists() else None
        timeline = drawing.read_text() if drawing and drawing.exists() else None
    return Run(format_output(module, raw, status, root), status, simulated, real, timeline)


# -- comparing ----------------------------------------------------------------


def diff(expected: str, actual: str, expected_name: str, actual_name: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            expected_name,
            actual_name,
        )
    )


NUMBER = re.compile(r"\d+(?:\.\d+)?")


def agrees_within_tolerance(expected: str, actual: str) -> bool:
    """Equal but for numbers, which may differ by the stated tolerance."""
    if NUMBER.sub("#", expected) != NUMBER.sub("#", actual):
        return False
    absolute, relative = TOLERANCE
    for want, got in zip(NUMBER.findall(expected), NUMBER.findall(actual), strict=True):
        a, b = float(want), float(got)
        if abs(a - b) > max(absolute, relative * abs(a)) + 1e-9:
            return False
    return True


def rerecord_command(module: str) -> str:
    return f"make record ONLY={module}"


def mismatch_message(
    snippet: Path, expected_path: Path, expected: str, actual: str, clock: str, root: Path = ROOT
) -> str:
    module = module_of(snippet, root)
    shown = ", ".join(pages_showing(snippet, root)) or "no page (it is an orphan)"
    return (
        f"{snippet.relative_to(root)} no longer "
        f"{'draws' if expected_path.suffix == '.svg' else 'prints'} what "
        f"{expected_path.relative_to(root)} records "
        f"(Python {VERSION[0]}.{VERSION[1]}, {clock} clock).\n"
        f"Shown on: {shown}\n\n"
        + diff(expected, actual, f"{expected_path.name} (recorded)", "printed now")
        + f"\nIf the change is intended, re-record it and read the diff:\n"
        f"    {rerecord_command(module)}\n"
    )


def timeout_message(snippet: Path, run: Run, timeout: float, clock: str, root: Path = ROOT) -> str:
    module = module_of(snippet, root)
    return (
        f"{snippet.relative_to(root)} did not finish within {timeout:g} s of real "
        f"time on the {clock} clock and was stopped.\n"
        f"Shown on: {', '.join(pages_showing(snippet, root)) or 'no page'}\n"
        "It may wait for something that never happens, or loop for ever. "
        "If it really needs longer, raise its timeout in snippets/settings.toml:\n"
        f'    ["{module}"]\n    timeout = {max(10, int(timeout * 2))}\n'
        f"Output so far:\n{run.output}"
    )


class FlakyOutput(Exception):
    """Two runs of one snippet printed different output."""


def same_output(expected: str, actual: str, clock: str) -> bool:
    """Exactly equal; on the real clock, numbers may drift within TOLERANCE."""
    if clock == "real":
        return agrees_within_tolerance(expected, actual)
    return expected == actual


def record(
    snippet: Path, first: Run, second: Run, root: Path = ROOT, clock: str = "simulated"
) -> Path | None:
    """Write this version's output if it changed; return the file written.

    Refuses, with FlakyOutput, output that differs between two runs.  On a
    newer Python the output gets its own file only where it differs from
    what the older versions expect.
    """
    if first.timeline != second.timeline:
        raise FlakyOutput(
            f"{snippet.relative_to(root)} drew different timelines on two runs, "
            "so it was not recorded. Make its timing deterministic: distinct "
            "delays, no real waiting (CONTRIBUTING.md)."
        )
    drawn = record_timeline(snippet, first)
    if not same_output(first.output, second.output, clock):
        raise FlakyOutput(
            f"{snippet.relative_to(root)} printed different output on two runs, "
            "so it was not recorded. Make it deterministic (CONTRIBUTING.md, "
            "'When output cannot be deterministic'):\n\n"
            + diff(first.output, second.output, "first run", "second run")
        )
    target = output_to_record(snippet)
    if target != snippet.with_suffix(".out"):
        older = expected_output(snippet, (VERSION[0], VERSION[1] - 1))
        if older.read_text(encoding="utf-8") == first.output:
            if target.exists():
                target.unlink()
                return target
            return drawn
    if target.exists() and same_output(target.read_text(encoding="utf-8"), first.output, clock):
        return drawn
    target.write_text(first.output, encoding="utf-8")
    return target


def record_timeline(snippet: Path, run: Run) -> Path | None:
    """Write the snippet's timeline if it has one and it changed."""
    target = snippet.with_suffix(".svg")
    if run.timeline is None:
        return None
    if target.exists() and target.read_text(encoding="utf-8") == run.timeline:
        return None
    target.write_text(run.timeline, encoding="utf-8")
    return target
