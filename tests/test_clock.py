"""The simulated clock: each thing it promises, shown by a small program.

Each program runs in a fresh process exactly as a snippet does, and prints
what it saw; the expected output is what the real clock gives, exactly.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from snippets import _runner
from tests import book


def run(tmp_path: Path, program: str, clock: str = "simulated", timeout: float = 10) -> str:
    script = tmp_path / "program.py"
    script.write_text(textwrap.dedent(program))
    env = _runner.environment(clock, _runner.Settings())
    output, status, _ = book.run_command([_runner.sys.executable, str(script)], env, timeout)
    assert status == 0, f"the program failed or hung (status {status}):\n{output}"
    return output


def test_sleeps_timeouts_and_the_loop_clock(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            print("start", loop.time())
            await asyncio.sleep(2.5)
            print("slept", loop.time())
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(60)
            except TimeoutError:
                print("timeout fired", loop.time())
            try:
                await asyncio.wait_for(asyncio.sleep(60), timeout=0.5)
            except TimeoutError:
                print("wait_for gave up", loop.time())
            await asyncio.sleep(86400)
            print("a day later", loop.time())

        asyncio.run(main())
        """,
    )
    assert output == (
        "start 0.0\nslept 2.5\ntimeout fired 3.5\nwait_for gave up 4.0\na day later 86404.0\n"
    )


def test_every_clock_agrees_from_one_start(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        import asyncio, datetime, time

        def show():
            print(time.time(), time.monotonic(), time.perf_counter())
            print(time.strftime("%Y-%m-%d %H:%M:%S"), time.ctime())
            print(time.localtime().tm_min, datetime.datetime.now())
            print(repr(datetime.datetime.now()), datetime.date.today())

        show()
        asyncio.run(asyncio.sleep(90))
        show()
        """,
    )
    assert output == (
        "1767258000.0 0.0 0.0\n"
        "2026-01-01 09:00:00 Thu Jan  1 09:00:00 2026\n"
        "0 2026-01-01 09:00:00\n"
        "datetime.datetime(2026, 1, 1, 9, 0) 2026-01-01\n"
        "1767258090.0 90.0 90.0\n"
        "2026-01-01 09:01:30 Thu Jan  1 09:01:30 2026\n"
        "1 2026-01-01 09:01:30\n"
        "datetime.datetime(2026, 1, 1, 9, 1, 30) 2026-01-01\n"
    )


def test_a_blocking_sleep_holds_up_every_task(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        import asyncio, time

        async def tick():
            await asyncio.sleep(1)
            print(f"tick wanted 1 s, woke at {time.perf_counter():.1f} s")

        async def main():
            task = asyncio.create_task(tick())
            await asyncio.sleep(0)
            time.sleep(3)  # blocks the loop
            print(f"blocking sleep over at {time.perf_counter():.1f} s")
            await task

        asyncio.run(main())
        """,
    )
    assert output == ("blocking sleep over at 3.0 s\ntick wanted 1 s, woke at 3.0 s\n")


def test_threads_sleep_side_by_side(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        import asyncio, threading, time

        async def main():
            start = time.perf_counter()
            await asyncio.gather(
                asyncio.to_thread(time.sleep, 1), asyncio.to_thread(time.sleep, 1)
            )
            print(f"two to_thread sleeps of 1 s: {time.perf_counter() - start:.2f} s")

        asyncio.run(main())
        start = time.perf_counter()
        threads = [threading.Thread(target=time.sleep, args=(s,)) for s in (2, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(f"threads of 2 s and 1 s, joined: {time.perf_counter() - start:.2f} s")
        done = threading.Event()
        threading.Timer(5, done.set).start()
        print("event set in time:", done.wait(timeout=10), time.perf_counter())

        async def leave_a_job_running():
            asyncio.get_running_loop().run_in_executor(None, time.sleep, 4)

        asyncio.run(leave_a_job_running())  # waits for the job at shutdown
        print(f"asyncio.run() waited for the job until {time.perf_counter():.1f}")
        """,
    )
    assert output == (
        "two to_thread sleeps of 1 s: 1.00 s\n"
        "threads of 2 s and 1 s, joined: 2.00 s\n"
        "event set in time: True 8.0\n"
        "asyncio.run() waited for the job until 12.0\n"
    )


def test_a_subprocess_under_a_timeout_completes(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        import asyncio, sys, time

        CHILD = "print(sum(range(3_000_000)))"  # real work, a little real time

        async def main():
            start = time.perf_counter()
            child = await asyncio.create_subprocess_exec(
                sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
            )
            out, _ = await asyncio.wait_for(child.communicate(), timeout=0.001)
            print(out.decode().strip(), child.returncode)
            print(f"{time.perf_counter() - start:.3f} s on the clock")

        asyncio.run(main())
        """,
    )
    assert output == "4499998500000 0\n0.000 s on the clock\n"


def test_the_clock_waits_for_a_child_it_was_not_told_about(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        import asyncio, subprocess, sys, time

        async def main():
            child = subprocess.Popen([sys.executable, "-c", "sum(range(3_000_000))"])
            polls = 0
            while child.poll() is None:  # the clock stands still meanwhile
                polls += 1
                await asyncio.sleep(0.01)
            print(f"{polls} poll, {time.perf_counter():.2f} s on the clock")

        asyncio.run(main())
        """,
    )
    assert output == "1 poll, 0.01 s on the clock\n"


def test_a_server_and_a_client_on_loopback(tmp_path: Path) -> None:
    program = """
        import asyncio, time

        async def shout(reader, writer):
            line = await reader.readline()
            await asyncio.sleep(0.5)
            writer.write(line.upper())
            await writer.drain()
            writer.close()

        async def ask(port, word, delay):
            await asyncio.sleep(delay)
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(word + b"\\n")
            answer = await reader.readline()
            print(f"{time.perf_counter():.2f} {answer.decode().strip()}")
            writer.close()
            await writer.wait_closed()

        async def main():
            server = await asyncio.start_server(shout, "127.0.0.1", 0)
            port = server.sockets[0].getsockname()[1]
            async with server:
                await asyncio.gather(
                    ask(port, b"one", 0.2), ask(port, b"two", 0.1), ask(port, b"three", 0)
                )

        asyncio.run(main())
        """
    expected = "0.50 THREE\n0.60 TWO\n0.70 ONE\n"
    for _ in range(3):
        assert run(tmp_path, program) == expected
    assert book.agrees_within_tolerance(expected, run(tmp_path, program, clock="real"))


@pytest.mark.parametrize("clock", ["simulated", "real"])
def test_children_start_on_the_real_clock(tmp_path: Path, clock: str) -> None:
    output = run(
        tmp_path,
        """
        import subprocess, sys, time
        child = "import time; print(time.time() > 1767258000 + 3600)"
        subprocess.run([sys.executable, "-c", child], check=True)
        """,
        clock=clock,
    )
    assert output == "True\n"
