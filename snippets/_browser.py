"""Run an example in a browser's Python, for the book's Run and Check buttons.

The page's worker (``docs/javascripts/run-worker.js``) starts Pyodide once,
writes this package into its file system, calls :func:`prepare`, and then
:func:`run` for every press of Run: one interpreter runs example after
example, so each run starts from a clean slate (clock, loop, task names,
warnings, logging, the ``__main__`` module) as ``python -m`` would.

Pure Python, standard library only; the tests run it in CPython too.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import io
import itertools
import json
import logging
import os
import runpy
import sys
import traceback
import types
import warnings
from pathlib import Path

from snippets import _clock, _runner

#: Simulated seconds after which a run is stopped: longer than any example.
TIME_LIMIT = 24 * 3600.0

#: Lines kept from one run; a runaway loop stops being recorded after this.
LINE_LIMIT = 20_000

ROOT = Path(__file__).resolve().parent.parent
STDLIB = str(Path(asyncio.__file__).parent.parent)
PURELIB = str(Path(STDLIB).parent / "site-packages")

_task_names = itertools.count(1)


class TimeLimit(BaseException):
    """Raised in the loop of a program that runs past :data:`TIME_LIMIT`."""


def _browser_loop_class() -> type:
    base = _clock.simulated_loop_class()

    class BrowserLoop(base):  # type: ignore[misc, valid-type]
        """The simulated loop, without the socket pair a browser lacks.

        Nothing runs in another thread here, so nothing needs to wake the
        loop.  Task names are counted per run, as in a fresh interpreter.
        """

        _stopped_for_time = False

        def __init__(self) -> None:
            super().__init__()
            select = self._selector.select

            def select_within_limit(timeout=None):
                # Here rather than in _run_once, whose frame debug mode shows.
                events = select(timeout)
                if _clock.now() > TIME_LIMIT and not self._stopped_for_time:
                    BrowserLoop._stopped_for_time = True
                    raise TimeLimit
                return events

            self._selector.select = select_within_limit

        def _make_self_pipe(self) -> None:
            self._ssock = self._csock = None

        def _close_self_pipe(self) -> None:
            pass

        def _write_to_self(self) -> None:
            pass

        def create_task(self, coro, *, name=None, context=None):
            if name is None:
                name = f"Task-{next(_task_names)}"
            task = super().create_task(coro, name=name, context=context)
            if task._source_traceback:
                del task._source_traceback[-1]  # this method's own frame
            return task

    return BrowserLoop


class _Recorder(io.TextIOBase):
    """A stream that notes the simulated time at which each line ends."""

    def __init__(self, lines: list[tuple[float, str]]) -> None:
        self._lines = lines
        self._partial = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        pieces = (self._partial + text).split("\n")
        self._partial = pieces.pop()
        if len(self._lines) < LINE_LIMIT:
            now = _clock.now()
            self._lines.extend((now, piece) for piece in pieces)
        return len(text)

    def finish(self) -> None:
        if self._partial:
            self._lines.append((_clock.now(), self._partial))
            self._partial = ""


_pristine: dict[str, object] = {}
_originals: dict[Path, str] = {}  # each example's code before any edit


def prepare() -> None:
    """Install the simulated clock; once, before the first run."""
    # An edited example must never meet a stale .pyc of its last version.
    sys.dont_write_bytecode = True
    _clock.install("simulated")
    asyncio.run = asyncio.runners.run  # Pyodide wraps it for its own loop
    _pristine["environ"] = dict(os.environ)
    _pristine["filters"] = list(warnings.filters)
    _pristine["loop_class"] = _browser_loop_class()


def _fresh_start(env: dict[str, str]) -> types.ModuleType:
    """Undo whatever the last run left behind."""
    global _task_names
    for name in [n for n in sys.modules if n.startswith("snippets.")]:
        if not name.rpartition(".")[2].startswith("_"):
            del sys.modules[name]
    os.environ.clear()
    os.environ.update(_pristine["environ"], TZ="UTC", **env)  # type: ignore[arg-type]
    warnings.resetwarnings()
    warnings.filters[:] = _pristine["filters"]  # type: ignore[index]
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(logging.WARNING)
    for logger in logging.Logger.manager.loggerDict.values():
        if isinstance(logger, logging.Logger):
            logger.handlers.clear()
            logger.setLevel(logging.NOTSET)
            logger.propagate = True
            logger.disabled = False
    atexit._clear()
    sys.excepthook = sys.__excepthook__
    sys.unraisablehook = sys.__unraisablehook__
    sys.argv = ["-m"]
    sys.stdin = io.StringIO("")
    _task_names = itertools.count(1)
    loop_class = _pristine["loop_class"]
    loop_class._stopped_for_time = False  # type: ignore[attr-defined]
    _clock._clock.reset()  # type: ignore[union-attr]
    _clock.use_loop_class(loop_class)  # type: ignore[arg-type]
    asyncio.events._set_running_loop(
        None
    )  # Pyodide's own loop counts as running
    main = types.ModuleType("__main__")
    sys.modules["__main__"] = main
    return main


def _print_exception(error: BaseException) -> None:
    """As the interpreter prints an uncaught exception after ``python -m``."""
    report = traceback.TracebackException.from_exception(
        error, lookup_lines=False
    )
    while report.stack and report.stack[0].filename == __file__:
        del report.stack[0]  # this module's frame, which ran the example
    for each in _chain(report):
        for frame in each.stack:
            if frame.filename == runpy.__file__:
                frame.filename = (
                    "<frozen runpy>"  # no source line, as in CPython
                )
    print("".join(report.format()), end="", file=sys.stderr)


def _chain(report: traceback.TracebackException):
    seen = set()
    while report is not None and id(report) not in seen:
        seen.add(id(report))
        yield report
        report = report.__cause__ or report.__context__


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def run(
    module: str, source: str | None = None, env: dict[str, str] | None = None
) -> str:
    """Run ``snippets.<module>`` as ``python -m`` would.

    ``source``, when given, replaces the module's code first.

    Returns JSON: ``lines`` as [simulated seconds, text] pairs, normalised as
    the recorded outputs are, ending with ``[exit status N]`` when it failed;
    ``status``; ``simulated`` seconds; ``stopped`` when the time limit hit.
    """
    path = ROOT / "snippets" / Path(*module.split(".")).with_suffix(".py")
    original = _originals.setdefault(path, path.read_text(encoding="utf-8"))
    path.write_text(original if source is None else source, encoding="utf-8")
    main = _fresh_start(env or {})
    lines: list[tuple[float, str]] = [(0.0, f"$ python -m snippets.{module}")]
    recorder = _Recorder(lines)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = recorder
    stopped = False
    try:
        try:
            runpy._run_module_as_main(f"snippets.{module}")  # type: ignore[attr-defined]
            status = 0
        except SystemExit as exit:
            status = _exit_status(exit.code)
        except TimeLimit:
            stopped, status = True, 1
            hours = TIME_LIMIT / 3600
            print(f"[stopped after {hours:.0f} hours of simulated time]")
        except BaseException as error:  # reported as the interpreter would
            _print_exception(error)
            status = 1
        atexit._run_exitfuncs()
        # What the interpreter does on the way out: forget the module, collect.
        main.__dict__.clear()
        gc.collect()
        recorder.finish()
        if len(lines) >= LINE_LIMIT:
            lines.append(
                (_clock.now(), f"[output cut after {LINE_LIMIT:,} lines]")
            )
    finally:
        sys.stdout, sys.stderr = saved
    simulated = _clock.now()
    shown = [
        [
            at,
            _runner.normalise(
                text, ROOT, STDLIB, PURELIB, sys.version_info[:2]
            ),
        ]
        for at, text in lines
    ]
    if status:
        shown.append([simulated, f"[exit status {status}]"])
    return json.dumps(
        {
            "lines": shown,
            "status": status,
            "simulated": simulated,
            "stopped": stopped,
        }
    )


def output(result: str) -> str:
    """The text of a run, as an ``.out`` file holds it."""
    return "".join(text + "\n" for _, text in json.loads(result)["lines"])


def check(
    module: str, source: str, expected: str, env: dict[str, str] | None = None
) -> str:
    """Run a reader's answer and compare it as the tests compare the solution.

    Returns JSON: the run (as :func:`run`) and ``checks``, each a pair
    [passed, what was checked and, when it failed, how].
    """
    result = json.loads(run(module, source, env))
    got = [text for _, text in result["lines"]]
    wanted = expected.splitlines()
    result["checks"] = [
        _check_status(result["status"], got, wanted),
        _check_lines(got, wanted),
    ]
    return json.dumps(result)


def _check_status(status: int, got: list[str], wanted: list[str]) -> list:
    wanted_status = 0
    if wanted and wanted[-1].startswith("[exit status "):
        wanted_status = int(wanted[-1].strip("[]").split()[-1])
    if status == wanted_status:
        return [True, "It runs to the end, as the solution does."]
    if status == 0:
        return [
            False,
            "It runs to the end, but the solution ends with exit status "
            f"{wanted_status}.",
        ]
    last = next((line for line in reversed(got[:-1]) if line.strip()), "")
    return [False, f"It stops with exit status {status}: {last}"]


def _check_lines(got: list[str], wanted: list[str]) -> list:
    if got == wanted:
        return [True, f"It prints the solution's {len(wanted) - 1} lines."]
    pairs = itertools.zip_longest(wanted, got)
    number, (want, have) = next(
        (n, pair) for n, pair in enumerate(pairs) if pair[0] != pair[1]
    )
    if have is None:
        return [False, f"It stops after {number - 1} lines; next: {want!r}."]
    if want is None:
        return [False, f"Line {number} is one too many: {have!r}."]
    return [False, f"Line {number} is {have!r}; the solution's is {want!r}."]
