"""Replaces async functions with unittest.mock.AsyncMock in tests."""

import unittest
from unittest.mock import AsyncMock, call, patch

from snippets.testing._prices import Cache, portfolio_value

PRICES = {"ACME": 12.5, "INITECH": 3.0}


class MockTests(unittest.IsolatedAsyncioTestCase):
    async def test_a_failed_call_is_not_cached(self):
        load = AsyncMock(side_effect=[ConnectionError("down"), 12.5])
        cache = Cache(load)
        with self.assertRaises(ConnectionError):
            await cache.get("ACME")
        self.assertEqual(await cache.get("ACME"), 12.5)
        self.assertEqual(load.await_args_list, [call("ACME"), call("ACME")])

    async def test_portfolio_asks_for_each_price(self):
        with patch("snippets.testing._prices.fetch_price") as fetch:
            fetch.side_effect = lambda host, port, symbol: PRICES[symbol]
            value = await portfolio_value(
                "prices.invalid", 4000, {"ACME": 2, "INITECH": 10}
            )
        self.assertIsInstance(fetch, AsyncMock)
        self.assertEqual(value, 55.0)
        self.assertEqual(fetch.await_count, 2)
        fetch.assert_awaited_with("prices.invalid", 4000, "INITECH")


if __name__ == "__main__":
    unittest.main(verbosity=2)
