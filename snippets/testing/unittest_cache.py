"""Tests the cache against a loopback price server, with unittest."""

import asyncio
import unittest
from functools import partial

from snippets.testing._prices import Cache, fetch_price


class CacheTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.asked = []  # the symbols the server was asked for
        server = await asyncio.start_server(self.answer, "127.0.0.1", 0)
        self.addAsyncCleanup(self.stop, server)
        port = server.sockets[0].getsockname()[1]
        self.cache = Cache(partial(fetch_price, "127.0.0.1", port))

    async def answer(self, reader, writer):
        symbol = (await reader.readline()).decode().strip()
        self.asked.append(symbol)
        await asyncio.sleep(1)  # a slow server
        writer.write(b"12.5\n")
        writer.close()

    async def stop(self, server):
        server.close()
        await server.wait_closed()

    async def test_get_asks_the_server(self):
        self.assertEqual(await self.cache.get("ACME"), 12.5)
        self.assertEqual(self.asked, ["ACME"])

    async def test_second_get_comes_from_the_cache(self):
        await self.cache.get("ACME")
        self.assertEqual(await self.cache.get("ACME"), 12.5)
        self.assertEqual(self.asked, ["ACME"])

    async def test_concurrent_gets_share_one_request(self):
        gets = [self.cache.get("ACME") for _ in range(3)]
        self.assertEqual(await asyncio.gather(*gets), [12.5] * 3)
        self.assertEqual(self.asked, ["ACME"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
