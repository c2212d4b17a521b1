"""Run an example of the book on its simulated clock (or on the real one).

python -m snippets why_async.chess_sync      # twelve hours in a moment
python -m snippets --real tasks.two_sleeps_concurrently
python -m snippets --list
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from snippets import _runner


def _duration(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours}:{minutes:02d}:{secs:05.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m snippets",
        description="Run an example of Asyncio by Example on the book's "
        "simulated clock, so that sleeps take no real time.",
    )
    parser.add_argument(
        "example",
        nargs="?",
        help="chapter.name, e.g. tasks.two_sleeps_concurrently",
    )
    parser.add_argument(
        "--real", action="store_true", help="run on the real clock instead"
    )
    parser.add_argument(
        "--list", action="store_true", help="list the examples"
    )
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(_runner.module_of(p) for p in _runner.discover()))
        return 0
    if not args.example:
        parser.error("name an example, e.g. tasks.two_sleeps_concurrently")
    try:
        module = _runner.resolve(args.example)
    except LookupError as error:
        parser.error(f"{error}; see python -m snippets --list")
    settings = _runner.settings_for(module)
    clock = "real" if args.real or settings.clock == "real" else "simulated"
    if clock == "real" and not args.real:
        print(
            f"[{module} runs on the real clock: its timing comes from "
            "real work the simulated clock cannot see]",
            file=sys.stderr,
        )
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "clock"
        started = time.perf_counter()
        status = subprocess.call(
            _runner.command(module),
            cwd=_runner.ROOT,
            env=_runner.environment(clock, settings, report),
        )
        real = time.perf_counter() - started
        simulated = float(report.read_text()) if report.exists() else None
    if simulated is not None:
        print(
            f"[{clock} clock: {_duration(simulated)} passed"
            f" in {real:.2f} s of real time]",
            file=sys.stderr,
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
