"""An async test in a plain unittest.TestCase passes without running."""

import asyncio
import unittest
import warnings


def one_line(message, category, *rest):
    return f"{category.__name__}: {message}\n"


warnings.formatwarning = one_line  # leave out where in unittest it was


class PriceTests(unittest.TestCase):  # should be IsolatedAsyncioTestCase
    async def test_price_is_positive(self):
        await asyncio.sleep(1)
        self.assertGreater(-12.5, 0)  # wrong on purpose: it cannot pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
