"""A test runs two of this book's examples on its simulated clock."""

import subprocess

import pytest

from snippets import _runner
from snippets.testing._run import run_pytest


@pytest.mark.parametrize(
    ("example", "last_line"),
    [
        ("tasks.two_sleeps_concurrently", "total: 2.00 s"),
        ("why_async.chess_sync", "the exhibition took 12:00:00"),
    ],
)
def test_example_on_simulated_clock(example, last_line):
    settings = _runner.settings_for(example)
    result = subprocess.run(
        _runner.command(example),  # python -m snippets.<example>
        env=_runner.environment("simulated", settings),
        cwd=_runner.ROOT,
        capture_output=True,
        text=True,
        timeout=settings.timeout,  # real seconds
        check=True,
    )
    assert result.stdout.splitlines()[-1] == last_line


if __name__ == "__main__":
    run_pytest(__file__)
