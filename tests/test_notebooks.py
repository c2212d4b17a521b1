"""Every notebook runs, without errors, and prints what it stores.

Notebooks run on the real clock (a kernel has its own loop), so numbers in
their output may differ within the real-clock tolerance.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests import book

NOTEBOOKS = book.notebooks()
CELL_TIMEOUT = 60


def execute(path: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        allow_errors=False,
        # The kernel starts where Jupyter would start it: beside the notebook.
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return notebook


def visible_outputs(cell: nbformat.NotebookNode) -> str:
    """What a reader sees under a cell, normalised; streams merged."""
    parts = []
    for output in cell.get("outputs", []):
        kind = output["output_type"]
        if kind == "stream":
            parts.append(f"[{output['name']}]\n{output['text']}")
        elif kind in ("execute_result", "display_data"):
            parts.append(f"[{kind}]\n{output.get('data', {}).get('text/plain', '')}\n")
        elif kind == "error":
            parts.append(f"[error]\n{output['ename']}: {output['evalue']}\n")
    merged: list[str] = []
    for part in parts:  # a stream may arrive in several pieces
        if merged and part.startswith("[std") and merged[-1].startswith(part.split("\n", 1)[0]):
            merged[-1] += part.split("\n", 1)[1]
        else:
            merged.append(part)
    return book.normalise("".join(merged))


def stored_form(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The executed notebook as it is kept: merged streams, no timing metadata."""
    kept = copy.deepcopy(notebook)
    for cell in kept.cells:
        cell.get("metadata", {}).pop("execution", None)
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.outputs:
            if (
                output.output_type == "stream"
                and outputs
                and outputs[-1].output_type == "stream"
                and outputs[-1].name == output.name
            ):
                outputs[-1].text += output.text
            else:
                outputs.append(output)
        for output in outputs:
            if output.output_type == "stream":
                output.text = book.normalise(output.text)
        cell.outputs = outputs
    return kept


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook(path: Path, request: pytest.FixtureRequest) -> None:
    try:
        executed = execute(path)
    except Exception as error:  # nbclient's own errors name the cell
        pytest.fail(f"{path.relative_to(book.ROOT)} did not run cleanly:\n{error}", pytrace=False)
    if request.config.getoption("--record"):
        nbformat.write(stored_form(executed), path)
        return
    stored = nbformat.read(path, as_version=4)
    problems = []
    code_cells = [
        (s, e) for s, e in zip(stored.cells, executed.cells, strict=True) if s.cell_type == "code"
    ]
    for number, (old, new) in enumerate(code_cells, 1):
        before, after = visible_outputs(old), visible_outputs(new)
        # Notebooks run on the real clock, so durations may drift a little.
        if not book.agrees_within_tolerance(before, after):
            problems.append(
                f"code cell {number}:\n" + book.diff(before, after, "stored output", "output now")
            )
    if problems:
        pytest.fail(
            f"{path.relative_to(book.ROOT)} no longer shows what it stores.\n"
            + "\n".join(problems)
            + "\nIf the change is intended, re-record it and read the diff:\n"
            "    make record ONLY=notebook",
            pytrace=False,
        )
