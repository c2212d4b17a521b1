"""Tests the cache's expiry on a loop whose clock jumps instead of waiting."""

import asyncio
import selectors
import unittest

from snippets.testing._prices import Cache


class JumpingSelector(selectors.DefaultSelector):
    """Never waits: when nothing is ready, moves its clock ahead instead."""

    now = 0.0

    def select(self, timeout=None):
        ready = super().select(0)  # what is ready now, without waiting
        if not ready and timeout:
            self.now += timeout  # to the loop's next timer
        return ready


class FakeClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self.clock = JumpingSelector()
        super().__init__(self.clock)

    def time(self):
        return self.clock.now


class ExpiryTests(unittest.TestCase):
    def test_entry_expires_after_ttl(self):
        with asyncio.Runner(loop_factory=FakeClockLoop) as runner:
            runner.run(self.check_expiry())

    async def check_expiry(self):
        calls = []

        async def load(key):
            calls.append(asyncio.get_running_loop().time())
            return 12.5

        cache = Cache(load, ttl=60)
        for wait in [0, 59, 1, 30]:
            await asyncio.sleep(wait)
            await cache.get("ACME")
        self.assertEqual(calls, [0.0, 60.0])


if __name__ == "__main__":
    unittest.main(verbosity=2)
