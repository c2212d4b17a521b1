"""Record what each task did and when, and draw it as an SVG timeline.

``install(path)`` makes every task of the program a pure-Python task whose
steps are recorded on the installed clock: when it ran, what it waited on
(the innermost coroutine it was suspended in: a sleep, a lock, a queue, a
thread, a stream), and how it ended.  A step that itself took time held up
the whole loop: a blocking call.  Blocking sleeps outside any task are
recorded on their thread's lane.  At exit the timeline is written to
``path`` as an SVG drawing that follows the page's light or dark palette.

Pure Python, standard library only.
"""

from __future__ import annotations

import asyncio
import atexit
import html
import math
import threading
import time
from dataclasses import dataclass, field

from snippets import _clock

#: What a task waits on, by the innermost coroutine's qualified name.
WAITS = {
    "sleep": "sleep",
    "Lock.acquire": "lock",
    "Semaphore.acquire": "semaphore",
    "Event.wait": "event",
    "Condition.wait": "condition",
    "Condition.wait_for": "condition",
    "Barrier.wait": "barrier",
    "Queue.get": "queue",
    "Queue.put": "queue",
    "Queue.join": "queue",
    "to_thread": "thread",
    "TaskGroup.__aexit__": "task group",
    "wait_for": "timeout",
    "wait": "tasks",
    "as_completed": "tasks",
}


@dataclass
class Lane:
    name: str
    spans: list[tuple[float, float, str, str]] = field(default_factory=list)
    end: tuple[float, str] | None = (
        None  # when, and how: done/cancelled/failed
    )


#: asyncio's own housekeeping tasks at shutdown, not the program's.
INTERNAL = ("shutdown_asyncgens", "shutdown_default_executor")


class Recorder:
    def __init__(self) -> None:
        self.lanes: dict[int, Lane] = {}
        self.waiting: dict[int, tuple[float, str]] = {}
        self.serial = 0

    def key(self, task: asyncio.Task) -> int:
        """A number per task, in order of creation; ids are reused, these not."""
        key = getattr(task, "_timeline_key", None)
        if key is None:
            self.serial += 1
            key = task._timeline_key = self.serial  # type: ignore[attr-defined]
        return key

    def lane(self, key: int, name: str) -> Lane:
        lane = self.lanes.setdefault(key, Lane(name))
        lane.name = name
        return lane

    def step(self, task: asyncio.Task, real_step, *args, **kwargs):
        if task.get_coro().__qualname__.endswith(INTERNAL):
            return real_step(*args, **kwargs)
        key = self.key(task)
        start = _clock.now()
        lane = self.lane(key, lane_name(task))
        if key in self.waiting:
            since, what = self.waiting.pop(key)
            lane.spans.append((since, start, "wait", what))
        try:
            return real_step(*args, **kwargs)
        finally:
            end = _clock.now()
            kind = "block" if end > start else "run"
            lane.spans.append(
                (start, end, kind, "blocking" if kind == "block" else "")
            )
            lane.name = lane_name(task)
            if task.done():
                how = "cancelled" if task.cancelled() else "done"
                if not task.cancelled() and task.exception() is not None:
                    how = "failed"
                lane.end = (end, how)
            else:
                self.waiting[key] = (end, waits_on(task))

    def blocking_sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        try:
            in_task = asyncio.current_task() is not None
        except RuntimeError:
            in_task = False
        if not in_task:  # inside a task, the step's length shows it
            thread = threading.current_thread()
            lane = self.lane(-(thread.ident or 1), thread.name)
            start = _clock.now()
            lane.spans.append((start, start + seconds, "busy", "time.sleep"))


def lane_name(task: asyncio.Task) -> str:
    """The task's name if it was given one, else its coroutine's and number.

    The number counts the tasks in order of creation, like the default
    names Task-1, Task-2 ... (which 3.13 no longer makes for every task).
    """
    name = task.get_name()
    if name is None or (name.startswith("Task-") and name[5:].isdigit()):
        coro = getattr(task.get_coro(), "__qualname__", "task").split(".")[-1]
        return f"{coro} #{getattr(task, '_timeline_key', '?')}"
    return name


def waits_on(task: asyncio.Task) -> str:
    """Name what a suspended task waits on, from its chain of awaits."""
    names = []
    coro = task.get_coro()
    while coro is not None:
        names.append(getattr(coro, "__qualname__", type(coro).__name__))
        coro = getattr(coro, "cr_await", None) or getattr(
            coro, "gi_yieldfrom", None
        )
    for name in reversed(names):
        short = name.split(".<locals>.")[-1]
        if short in WAITS:
            return WAITS[short]
        if short.startswith(
            ("StreamReader.", "StreamWriter.", "open_connection")
        ):
            return "I/O"
    if len(names) > 2:
        return names[-1].split(".")[-1]
    waiter = getattr(task, "_fut_waiter", None)
    if type(waiter).__name__ == "_GatheringFuture":
        return "gather"
    return "task" if isinstance(waiter, asyncio.Task) else "future"


def install(path: str) -> Recorder:
    """Record every task from now on; write the drawing to ``path`` at exit."""
    recorder = Recorder()
    py_task = asyncio.tasks._PyTask  # type: ignore[attr-defined]
    real_step = py_task._Task__step

    def step(self, *args, **kwargs):
        return recorder.step(self, real_step, self, *args, **kwargs)

    py_task._Task__step = step
    real_set_name = py_task.set_name

    def set_name(self, value) -> None:
        # 3.13 calls set_name(None) after a task factory; keep Task-N.
        if value is not None:
            real_set_name(self, value)

    py_task.set_name = set_name

    def factory(loop, coro, **kwargs):
        task = py_task(coro, loop=loop, **kwargs)
        recorder.key(task)
        return task

    real_new_loop = asyncio.get_event_loop_policy().new_event_loop

    def new_event_loop():
        loop = real_new_loop()
        loop.set_task_factory(factory)
        return loop

    asyncio.get_event_loop_policy().new_event_loop = new_event_loop  # type: ignore[method-assign]
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        recorder.blocking_sleep(seconds)
        real_sleep(seconds)

    time.sleep = sleep
    atexit.register(lambda: write(recorder, path))
    return recorder


def write(recorder: Recorder, path: str) -> None:
    with open(path, "w", encoding="utf-8") as file:
        file.write(draw(list(recorder.lanes.values())))


# -- drawing --------------------------------------------------------------------

LABEL_WIDTH, PLOT_WIDTH, LANE, TOP = 150, 560, 22, 30
STYLE = (
    ".tl-text{fill:var(--md-default-fg-color,#222);font:11px sans-serif}"
    ".tl-axis{stroke:var(--md-default-fg-color--lighter,#999);stroke-width:1}"
    ".tl-run{fill:var(--md-primary-fg-color,#3f51b5)}"
    ".tl-block{fill:#e53935}"
    ".tl-busy{fill:#00897b}"
    ".tl-wait{fill:var(--md-primary-fg-color--light,#7986cb);fill-opacity:.25;"
    "stroke:var(--md-primary-fg-color--light,#7986cb);stroke-width:1}"
    ".tl-end{fill:none;stroke:var(--md-default-fg-color,#222);stroke-width:1.5}"
)


def _step(total: float) -> float:
    """A round tick interval giving about five to ten ticks."""
    raw = total / 8 if total > 0 else 1
    if raw > 30:  # minutes and hours: steps a clock face knows
        for step in (
            60,
            120,
            300,
            600,
            900,
            1200,
            1800,
            3600,
            7200,
            10800,
            21600,
        ):
            if raw <= step:
                return step
        return 43200
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _clock_text(seconds: float) -> str:
    if seconds >= 3600:
        hours, rest = divmod(round(seconds), 3600)
        return f"{hours}:{rest // 60:02d}"
    if seconds >= 60:
        minutes, secs = divmod(round(seconds), 60)
        return f"{minutes}:{secs:02d}"
    return f"{seconds:g}"


def _describe(lane: Lane, total: float) -> str:
    ran = sum(
        b - a for a, b, kind, _ in lane.spans if kind != "wait"
    )  # busy too
    waits: dict[str, float] = {}
    for a, b, kind, what in lane.spans:
        if kind == "wait":
            waits[what] = waits.get(what, 0) + b - a
    waited = ", ".join(
        f"{w} {_clock_text(t)} s" for w, t in sorted(waits.items()) if t
    )
    parts = [f"{lane.name}: busy {_clock_text(ran)} s"]
    if waited:
        parts.append(f"waiting on {waited}")
    if lane.end:
        parts.append(f"{lane.end[1]} at {_clock_text(lane.end[0])} s")
    return ", ".join(parts)


def _legend(y: int) -> list[str]:
    items = [
        ("tl-run", "running"),
        ("tl-wait", "waiting"),
        ("tl-block", "blocking the loop"),
        ("tl-busy", "busy in a thread"),
    ]
    out, x = [], 8
    for css, text in items:
        out.append(
            f'<rect class="{css}" x="{x}" y="{y}" width="12" height="9"/>'
        )
        out.append(
            f'<text class="tl-text" x="{x + 16}" y="{y + 8}">{text}</text>'
        )
        x += 28 + 6 * len(text)
    out.append(f'<circle class="tl-end" cx="{x + 4}" cy="{y + 4}" r="4"/>')
    out.append(
        f'<text class="tl-text" x="{x + 12}" y="{y + 8}">finished</text>'
    )
    x += 70
    out.append(f'<path class="tl-end" d="M{x} {y}l8 8m0 -8l-8 8"/>')
    out.append(
        f'<text class="tl-text" x="{x + 12}" y="{y + 8}">cancelled</text>'
    )
    return out


def draw(lanes: list[Lane]) -> str:
    """The timeline as SVG: a lane per task, running and waiting told apart."""
    spans_end = [b for lane in lanes for _, b, _, _ in lane.spans]
    ends = [lane.end[0] for lane in lanes if lane.end]
    total = max(spans_end + ends + [0.0])
    step = _step(total)
    scale = PLOT_WIDTH / (math.ceil(total / step) * step if total else 1)
    height = TOP + LANE * len(lanes) + 44
    width = LABEL_WIDTH + PLOT_WIDTH + 20
    summary = "; ".join(_describe(lane, total) for lane in lanes)
    out = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="tl-title tl-desc">',
        f'<title id="tl-title">Timeline of {len(lanes)} tasks over '
        f"{_clock_text(total)} s of simulated time</title>",
        f'<desc id="tl-desc">{html.escape(summary)}</desc>',
        f"<style>{STYLE}</style>",
    ]
    axis_y = TOP + LANE * len(lanes) + 4
    tick = 0.0
    while tick <= total + 1e-9:
        x = LABEL_WIDTH + tick * scale
        out.append(
            f'<line class="tl-axis" x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{axis_y}"/>'
        )
        out.append(
            f'<text class="tl-text" x="{x:.1f}" y="{axis_y + 14}" '
            f'text-anchor="middle">{_clock_text(tick)}</text>'
        )
        tick += step
    out.append(
        f'<text class="tl-text" x="{LABEL_WIDTH + PLOT_WIDTH}" y="{TOP - 12}" '
        'text-anchor="end">simulated seconds</text>'
    )
    detailed = (
        sum(len(lane.spans) for lane in lanes) <= 300
    )  # tooltips cost bytes
    for row, lane in enumerate(lanes):
        y = TOP + row * LANE
        name = html.escape(
            lane.name if len(lane.name) <= 22 else lane.name[:21] + "…"
        )
        out.append(
            f'<text class="tl-text" x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{name}</text>'
        )
        for a, b, kind, what in lane.spans:
            x, w = LABEL_WIDTH + a * scale, max((b - a) * scale, 1.5)
            tip = html.escape(
                f"{what or kind} {_clock_text(a)}–{_clock_text(b)} s"
            )
            top, h = (y + 7, 8) if kind == "wait" else (y + 4, 14)
            tooltip = f"<title>{tip}</title>" if detailed else ""
            out.append(
                f'<rect class="tl-{kind}" x="{x:.1f}" y="{top}" width="{w:.1f}" '
                f'height="{h}">{tooltip}</rect>'
            )
            if kind == "wait" and what and w > 7 * len(what) + 6:
                out.append(
                    f'<text class="tl-text" x="{x + 3:.1f}" y="{y + 3}" '
                    f'font-size="9">{html.escape(what)}</text>'
                )
        if lane.end:
            x = LABEL_WIDTH + lane.end[0] * scale
            mark = {
                "done": f'<circle class="tl-end" cx="{x:.1f}" cy="{y + 11}" r="4"/>',
                "cancelled": f'<path class="tl-end" d="M{x - 4:.1f} {y + 7}l8 8m0 -8l-8 8"/>',
                "failed": f'<path class="tl-end" d="M{x:.1f} {y + 5}v8m0 3v1"/>',
            }[lane.end[1]]
            out.append(mark)
    out.extend(_legend(height - 12))
    out.append("</svg>")
    return "\n".join(out) + "\n"
