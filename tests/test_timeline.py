"""The timelines: drawn from a run, and true to it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from snippets import _runner, _timeline
from tests import book


def draw(tmp_path: Path, program: str) -> str:
    script, drawing = tmp_path / "program.py", tmp_path / "timeline.svg"
    script.write_text(textwrap.dedent(program))
    env = _runner.environment("simulated", _runner.Settings(), timeline=drawing)
    output, status, _ = book.run_command([_runner.sys.executable, str(script)], env, 10)
    assert status == 0, output
    return drawing.read_text()


def test_each_task_gets_a_lane_with_what_it_waited_on(tmp_path: Path) -> None:
    svg = draw(
        tmp_path,
        """
        import asyncio, time

        async def main():
            lock = asyncio.Lock()

            async def hold(seconds):
                async with lock:
                    await asyncio.sleep(seconds)

            async with asyncio.TaskGroup() as group:
                group.create_task(hold(2), name="holder")
                group.create_task(hold(1), name="waiter")
                group.create_task(asyncio.to_thread(time.sleep, 1.5), name="thread")
            time.sleep(0.5)  # blocks the loop

        asyncio.run(main())
        """,
    )
    assert "Timeline of 5 tasks over 3.5 s of simulated time" in svg
    described = svg.split('<desc id="tl-desc">')[1].split("</desc>")[0]
    assert described == (
        "main #1: busy 0.5 s, waiting on task group 3 s, done at 3.5 s; "
        "holder: busy 0 s, waiting on sleep 2 s, done at 2 s; "
        "waiter: busy 0 s, waiting on lock 2 s, sleep 1 s, done at 3 s; "
        "thread: busy 0 s, waiting on thread 1.5 s, done at 1.5 s; "
        "asyncio_0: busy 1.5 s"
    )
    assert svg.count('class="tl-block"') == 2  # the blocking sleep, and the legend
    assert "\n\n" not in svg, "a blank line would end the HTML block on the page"


def test_a_cancelled_task_is_marked(tmp_path: Path) -> None:
    svg = draw(
        tmp_path,
        """
        import asyncio

        async def main():
            task = asyncio.create_task(asyncio.sleep(10), name="sleeper")
            await asyncio.sleep(1)
            task.cancel()
            await asyncio.sleep(0)

        asyncio.run(main())
        """,
    )
    assert "sleeper: busy 0 s, waiting on sleep 1 s, cancelled at 1 s" in svg


def test_a_round_axis_for_hours() -> None:
    lane = _timeline.Lane("long", [(0.0, 5 * 3600.0, "wait", "sleep")], (5 * 3600.0, "done"))
    svg = _timeline.draw([lane])
    assert ">1:00<" in svg and ">5:00<" in svg
