"""Run asyncio programs on a simulated clock, so that hours pass in moments.

``install("simulated")`` patches the clocks a program can read (``time``,
``datetime``, the event loop) so they all agree, starting from one fixed
instant, and makes sleeps and timeouts take no real time.  The clock only
moves forward when nothing real is under way: no thread doing work, no child
process alive, no I/O ready on any event loop.  Then it jumps to the earliest
deadline anybody waits for.

``install("real")`` keeps real time but starts the clocks at the same fixed
instant, so that a program prints the same timestamps on either clock.

Pure Python, standard library only, so that it also runs in a browser's
Python.
"""

from __future__ import annotations

import _thread
import asyncio
import concurrent.futures.thread as _futures_thread
import datetime as _datetime
import os
import queue
import selectors
import subprocess
import threading
import time
import warnings
from typing import Any

#: The instant every run starts from: 2026-01-01 09:00:00 UTC.
START_EPOCH = 1767258000.0

#: Real seconds to wait before looking again while real work is under way.
POLL = 0.001

#: Real seconds to let loopback data arrive before the clock moves.
GRACE = 0.0005

_real_time = time.time
_real_monotonic = time.monotonic
_real_sleep = time.sleep
_real_localtime = time.localtime
_real_gmtime = time.gmtime
_real_strftime = time.strftime
_real_asctime = time.asctime


class _Ticket:
    """One actor (a thread, or a loop in ``select``) waiting for the clock."""

    __slots__ = ("by_event", "deadline", "granted")

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline
        self.granted = False  # its wait is over and it counts as running again
        self.by_event = False  # ended by a notify or a join, not a deadline


def _has_exited(pid: int) -> bool:
    """Whether a child has ended, without reaping it (its owner will)."""
    if hasattr(os, "waitid"):
        flags = os.WEXITED | os.WNOHANG | os.WNOWAIT
        try:
            return os.waitid(os.P_PID, pid, flags) is not None
        except ChildProcessError:
            return True  # already reaped
    try:
        os.kill(pid, 0)  # where waitid is missing, a zombie counts as alive
    except ProcessLookupError:
        return True
    except PermissionError:
        pass
    return False


class SimulatedClock:
    """Virtual time shared by every thread and event loop of the process.

    ``running`` counts the actors executing real code.  An actor that starts
    waiting gives up its count; whoever ends the wait gives it back, under
    the same lock, so that the clock never sees a moment in which nobody is
    running while a hand-over is still on its way.
    """

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = _thread.allocate_lock()
        self._running = 1  # the main thread
        self._generation = 0  # bumped whenever an actor starts waiting
        self._waiting: set[_Ticket] = set()
        self._loops: dict[object, int] = {}  # selector -> generation checked
        self._joiners: dict[threading.Thread, list[_Ticket]] = {}
        self._conditions: dict[Any, _Ticket] = {}  # waiter lock -> ticket
        self._children: set[int] = set()
        self.exiting = False

    def reset(self) -> None:
        """Back to the start, for another program in this process.

        Only between programs, with no thread or loop of the last one left:
        a browser's Python runs one example after another.
        """
        self.__init__()

    # -- bookkeeping, always under self._lock -------------------------------

    def _begin(self, deadline: float | None) -> _Ticket:
        ticket = _Ticket(deadline)
        self._running -= 1
        self._generation += 1
        self._waiting.add(ticket)
        return ticket

    def _grant(self, ticket: _Ticket, by_event: bool) -> None:
        ticket.granted = True
        ticket.by_event = by_event
        self._waiting.discard(ticket)
        self._running += 1

    def _end(self, ticket: _Ticket) -> None:
        if not ticket.granted:
            self._grant(ticket, by_event=False)

    def _children_alive(self) -> bool:
        for pid in list(self._children):
            if _has_exited(pid):
                self._children.discard(pid)
            else:
                return True
        return False

    def _idle(self) -> bool:
        return (
            self._running == 0
            and all(g == self._generation for g in self._loops.values())
            and not self._children_alive()
        )

    def _advance(self) -> bool:
        """Jump to the earliest deadline and wake whoever it is due for."""
        deadlines = [
            t.deadline for t in self._waiting if t.deadline is not None
        ]
        if not deadlines:
            return False  # everybody waits for something that never comes
        self.now = max(self.now, min(deadlines))
        for ticket in list(self._waiting):
            if ticket.deadline is not None and ticket.deadline <= self.now:
                self._grant(ticket, by_event=False)
        return True

    # -- the operations the patches use -------------------------------------

    def add_running(self) -> None:
        with self._lock:
            self._running += 1

    def remove_running(self) -> None:
        with self._lock:
            self._running -= 1
            self._generation += 1

    def sleep(self, seconds: float) -> None:
        """A blocking sleep of this thread, in simulated seconds."""
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        if seconds == 0:
            _real_sleep(0)
            return
        with self._lock:
            ticket = self._begin(self.now + seconds)
        try:
            while True:
                with self._lock:
                    if ticket.granted:
                        return
                    if self._idle() and self._advance():
                        continue
                _real_sleep(POLL)
        finally:
            with self._lock:
                self._end(ticket)

    def select(self, selector: selectors.BaseSelector, timeout, deadline):
        """What an event loop's ``select`` does on the simulated clock."""
        events = selector.select(0)
        if events or timeout == 0:
            return events
        sockets = len(selector.get_map()) > 1  # more than the loop's own pipe
        with self._lock:
            ticket = self._begin(deadline)
            self._loops[selector] = -1
        try:
            while True:
                with self._lock:
                    if ticket.granted:
                        return []
                    quiet = self._running == 0 and not self._children_alive()
                    if quiet:
                        events = selector.select(GRACE if sockets else 0)
                        if events:
                            return events
                        self._loops[selector] = self._generation
                        if self._idle() and self._advance():
                            continue
                events = selector.select(POLL)
                if events:
                    return events
        finally:
            with self._lock:
                del self._loops[selector]
                self._end(ticket)

    def begin_condition_wait(self, waiter, deadline: float | None) -> None:
        """Called before the condition's lock is released, so that no
        notify can come between."""
        with self._lock:
            self._conditions[waiter] = self._begin(deadline)

    def condition_wait(self, waiter) -> bool:
        ticket = self._conditions[waiter]
        try:
            while True:
                with self._lock:
                    if ticket.granted:
                        return ticket.by_event
                    if self._idle() and self._advance():
                        continue
                waiter.acquire(True, POLL)  # released by notify
        finally:
            with self._lock:
                del self._conditions[waiter]
                self._end(ticket)

    def notify_waiter(self, waiter) -> bool:
        """Hand the running count to a waiter that still waits."""
        with self._lock:
            ticket = self._conditions.get(waiter)
            if ticket is None or ticket.granted:
                return ticket is None
            self._grant(ticket, by_event=True)
            return True

    def join(self, thread: threading.Thread, timeout: float | None) -> None:
        deadline = None if timeout is None else self.now + max(timeout, 0)
        with self._lock:
            ticket = self._begin(deadline)
            self._joiners.setdefault(thread, []).append(ticket)
        try:
            while True:
                with self._lock:
                    if ticket.granted and not ticket.by_event:
                        return  # the join timed out
                    if not ticket.granted and self._idle() and self._advance():
                        continue
                _real_join(thread, POLL)
                if not thread.is_alive():
                    return
        finally:
            with self._lock:
                tickets = self._joiners.get(thread, [])
                if ticket in tickets:
                    tickets.remove(ticket)
                self._end(ticket)

    def thread_finished(self, thread: threading.Thread) -> None:
        with self._lock:
            for ticket in self._joiners.pop(thread, []):
                if not ticket.granted:
                    self._grant(ticket, by_event=True)
            self._running -= 1
            self._generation += 1

    def main_thread_exits(self) -> None:
        """From now on the main thread only waits, for good."""
        with self._lock:
            self.exiting = True
            self._begin(None)

    def add_child(self, pid: int) -> None:
        with self._lock:
            self._children.add(pid)


class RealClock:
    """The real clock, shifted to start at the same instant."""

    def __init__(self) -> None:
        self._start = _real_monotonic()

    @property
    def now(self) -> float:
        return _real_monotonic() - self._start


_clock: SimulatedClock | RealClock | None = None


def now() -> float:
    """Seconds since the program started, on the installed clock."""
    assert _clock is not None, "no clock installed"
    return _clock.now


# -- the patches --------------------------------------------------------------


def _time() -> float:
    return START_EPOCH + now()


def _localtime(secs: float | None = None) -> time.struct_time:
    return _real_localtime(_time() if secs is None else secs)


def _gmtime(secs: float | None = None) -> time.struct_time:
    return _real_gmtime(_time() if secs is None else secs)


def _ctime(secs: float | None = None) -> str:
    return _real_asctime(_localtime(secs))


def _asctime(t: Any = None) -> str:
    return _real_asctime(_localtime() if t is None else t)


def _strftime(format: str, t: Any = None) -> str:
    return _real_strftime(format, _localtime() if t is None else t)


def _patch_time(simulated: bool) -> None:
    time.time = _time
    time.time_ns = lambda: int(_time() * 1e9)
    time.monotonic = time.perf_counter = now
    time.monotonic_ns = time.perf_counter_ns = lambda: int(now() * 1e9)
    time.localtime = _localtime
    time.gmtime = _gmtime
    time.ctime = _ctime
    time.asctime = _asctime
    time.strftime = _strftime
    # Modules that took their own reference to the clock at import.
    threading._time = now  # type: ignore[attr-defined]
    queue.time = now  # type: ignore[attr-defined]
    if simulated:
        assert isinstance(_clock, SimulatedClock)
        time.sleep = _clock.sleep


class _DateTime(_datetime.datetime):
    """``datetime.datetime`` whose ``now()`` reads the installed clock."""

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time(), tz)

    @classmethod
    def utcnow(cls):
        stamp = cls.fromtimestamp(_time(), _datetime.UTC)
        return stamp.replace(tzinfo=None)

    def __repr__(self) -> str:
        return "datetime." + super().__repr__()


def _patch_datetime() -> None:
    _DateTime.__name__ = _DateTime.__qualname__ = "datetime"
    _DateTime.__module__ = "datetime"
    _datetime.datetime = _DateTime


class _SimulatedSelector(selectors.BaseSelector):
    """Wraps a real selector; waits on the simulated clock."""

    def __init__(self, clock: SimulatedClock) -> None:
        self._clock = clock
        self._selector = selectors.DefaultSelector()
        self.loop: asyncio.AbstractEventLoop | None = None

    def register(self, fileobj, events, data=None):
        return self._selector.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._selector.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._selector.modify(fileobj, events, data)

    def get_key(self, fileobj):
        return self._selector.get_key(fileobj)

    def get_map(self):
        return self._selector.get_map()

    def close(self) -> None:
        self._selector.close()

    def select(self, timeout=None):
        deadline = None
        if timeout is not None:
            deadline = self._clock.now + timeout
            scheduled = getattr(self.loop, "_scheduled", None)
            if scheduled and timeout < 86400:
                # The exact time the loop asked for, free of rounding.
                deadline = min(deadline, scheduled[0].when())
        return self._clock.select(self._selector, timeout, deadline)


def _simulated_loop_class(clock: SimulatedClock) -> type:
    class SimulatedEventLoop(asyncio.SelectorEventLoop):
        def __init__(self) -> None:
            selector = _SimulatedSelector(clock)
            super().__init__(selector)
            selector.loop = self

    return SimulatedEventLoop


def simulated_loop_class() -> type:
    """The event loop class the installed simulated clock runs."""
    assert isinstance(_clock, SimulatedClock), "no simulated clock installed"
    return _simulated_loop_class(_clock)


def use_loop_class(loop_class: type) -> None:
    """Make ``asyncio.run`` and ``new_event_loop`` create ``loop_class``."""

    class SimulatedPolicy(asyncio.DefaultEventLoopPolicy):
        _loop_factory = loop_class

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        asyncio.set_event_loop_policy(SimulatedPolicy())


_real_join = threading.Thread.join


def _patch_threads(clock: SimulatedClock) -> None:
    real_start = threading.Thread.start

    def start(self: threading.Thread) -> None:
        real_run = self.run

        def run() -> None:
            try:
                real_run()
            finally:
                clock.thread_finished(self)

        self.run = run  # type: ignore[method-assign]
        clock.add_running()
        try:
            real_start(self)
        except BaseException:
            clock.remove_running()
            raise

    def join(self: threading.Thread, timeout: float | None = None) -> None:
        if (
            self is threading.current_thread()
            or not self.is_alive()
            or (
                clock.exiting
                and threading.current_thread() is threading.main_thread()
            )
        ):
            _real_join(self, timeout)
        else:
            clock.join(self, timeout)

    threading.Thread.start = start  # type: ignore[method-assign]
    threading.Thread.join = join  # type: ignore[method-assign]

    real_wait = threading.Condition.wait

    def wait(self: threading.Condition, timeout: float | None = None) -> bool:
        if timeout is not None and timeout <= 0:
            return real_wait(self, timeout)  # a poll, not a wait
        if not self._is_owned():  # type: ignore[attr-defined]
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)  # type: ignore[attr-defined]
        deadline = None if timeout is None else clock.now + max(timeout, 0)
        clock.begin_condition_wait(waiter, deadline)
        saved = self._release_save()  # type: ignore[attr-defined]
        notified = False
        try:
            notified = clock.condition_wait(waiter)
            return notified
        finally:
            self._acquire_restore(saved)  # type: ignore[attr-defined]
            if not notified:
                try:
                    self._waiters.remove(waiter)  # type: ignore[attr-defined]
                except ValueError:
                    pass

    def notify(self: threading.Condition, n: int = 1) -> None:
        if not self._is_owned():  # type: ignore[attr-defined]
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters  # type: ignore[attr-defined]
        while waiters and n > 0:
            waiter = waiters.popleft()
            if clock.notify_waiter(waiter):
                waiter.release()
                n -= 1

    threading.Condition.wait = wait  # type: ignore[method-assign]
    threading.Condition.notify = notify  # type: ignore[method-assign]

    class WorkQueue(queue.SimpleQueue):
        """An executor's queue of jobs, on the clock's books.

        A worker blocked in get(), waiting for a job, does not count as
        running.  A job put while a worker waits brings that worker its
        count at once, so that the clock cannot move between the moment the
        job is queued and the moment the worker takes it up.
        """

        def __init__(self) -> None:
            self.waiting = 0  # workers blocked in get()
            self.handed_over = 0  # counts given to jobs not yet taken

        def put(self, item, block=True, timeout=None) -> None:
            with clock._lock:
                if self.waiting > self.handed_over:
                    clock._running += 1
                    self.handed_over += 1
                super().put(item, block, timeout)

        def put_nowait(self, item) -> None:
            self.put(item, False)

        def get(self, block=True, timeout=None):
            with clock._lock:
                if not self.empty() or not block:
                    item = super().get(False)
                    if self.handed_over > self.qsize():
                        # A running thread took a job that brought a count
                        # for a waiting worker; that worker still waits.
                        self.handed_over -= 1
                        clock._running -= 1
                        clock._generation += 1
                    return item
                clock._running -= 1
                clock._generation += 1
                self.waiting += 1
            try:
                return super().get(True, timeout)
            finally:
                with clock._lock:
                    self.waiting -= 1
                    if self.handed_over:
                        self.handed_over -= 1
                    else:
                        clock._running += 1

        def get_nowait(self):
            return self.get(False)

    real_init = _futures_thread.ThreadPoolExecutor.__init__

    def init_executor(self, *args, **kwargs) -> None:
        real_init(self, *args, **kwargs)
        self._work_queue = WorkQueue()

    _futures_thread.ThreadPoolExecutor.__init__ = init_executor  # type: ignore[method-assign]

    # At exit the main thread waits for the other threads, outside join().
    threading._register_atexit(clock.main_thread_exits)  # type: ignore[attr-defined]


def _patch_subprocess(clock: SimulatedClock) -> None:
    real_init = subprocess.Popen.__init__

    def init(self: subprocess.Popen, *args, **kwargs) -> None:
        real_init(self, *args, **kwargs)
        clock.add_child(self.pid)

    subprocess.Popen.__init__ = init  # type: ignore[method-assign]


def install(mode: str = "simulated") -> SimulatedClock | RealClock:
    """Install the simulated or the (shifted) real clock; once per process."""
    global _clock
    if _clock is not None:
        raise RuntimeError("a clock is already installed")
    if mode == "simulated":
        clock = SimulatedClock()
        _clock = clock
        use_loop_class(_simulated_loop_class(clock))
        _patch_threads(clock)
        _patch_subprocess(clock)
    elif mode == "real":
        _clock = RealClock()
    else:
        raise ValueError(f"unknown clock {mode!r}: use 'simulated' or 'real'")
    _patch_time(simulated=mode == "simulated")
    _patch_datetime()
    return _clock
