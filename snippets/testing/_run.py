"""Runs the tests in one file with pytest, printing only their results."""

import os
import sys

import pytest

OPTIONS = [
    # No header, and no last line: it says how long the run took, which
    # differs from run to run on the real clock.
    "-qq",
    "-rfEp",  # list the tests that failed, raised an error or passed
    "--color=no",
    "-pno:randomly",  # keep the file's order, if pytest-randomly is here
    "-pno:cacheprovider",  # leave no .pytest_cache folder behind
    # The file imported pytest_asyncio before pytest started, too early for
    # pytest to rewrite the asserts in it, and pytest would warn about that.
    "-Wignore::pytest.PytestAssertRewriteWarning",
    # pytest-asyncio's default mode, whatever a configuration file says,
    # and the setting that pytest-asyncio asks every project to make.
    "-oasyncio_mode=strict",
    "-oasyncio_default_fixture_loop_scope=function",
]


def run_pytest(path, *more_options):
    """Run the tests in the file at path, then exit with pytest's status."""
    os.environ["COLUMNS"] = "80"  # the same width in every terminal
    sys.exit(pytest.main([path, *OPTIONS, *more_options]))
