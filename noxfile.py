"""Run the snippet suite on every supported Python found on this machine.

    make test-all                  # = nox: each version's snippets and clock
    make record-all                # = nox -- --record: per-version outputs

Interpreters are looked up on PATH and, failing that, among pyenv's
installed versions, so that a pyenv machine needs no `pyenv global`.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import nox

PYTHONS = ["3.11", "3.12", "3.13"]
SUITE = ["tests/test_snippets.py", "tests/test_clock.py", "tests/test_harness.py"]

nox.options.sessions = ["snippets"]
nox.options.reuse_existing_virtualenvs = True


def _add_pyenv_versions_to_path() -> None:
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = []
    for version in PYTHONS:
        candidates = sorted(root.glob(f"{version}.*/bin/python{version}"), reverse=True)
        if candidates:
            found.append(str(candidates[0].parent))
    os.environ["PATH"] = os.pathsep.join([*found, os.environ.get("PATH", "")])


_add_pyenv_versions_to_path()


@nox.session(python=PYTHONS)
def snippets(session: nox.Session) -> None:
    """Every snippet against the output recorded for this version."""
    extras = tomllib.loads(Path("pyproject.toml").read_text())["project"]["optional-dependencies"]
    session.install(*extras["snippets"])
    session.install("pytest-xdist>=3.6,<4", "pytest-randomly>=3.15,<6")
    session.run("python", "-m", "pytest", *SUITE, "-n", "auto", "-q", *session.posargs)
