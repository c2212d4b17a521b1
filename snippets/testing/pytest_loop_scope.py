"""One server for all the tests of a module, on one loop for the module."""

import asyncio

import pytest
import pytest_asyncio

from snippets.testing._prices import fetch_price
from snippets.testing._run import run_pytest

PRICES = {b"ACME\n": b"12.5\n", b"INITECH\n": b"3.0\n"}

# Every test in this file is an asyncio test, run on the module's loop.
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def server():
    async def answer(reader, writer):
        writer.write(PRICES[await reader.readline()])
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    async with server:  # started before the first test, closed after the last
        yield server


async def test_acme(server):
    assert asyncio.get_running_loop() is server.get_loop()
    host, port = server.sockets[0].getsockname()[:2]
    assert await fetch_price(host, port, "ACME") == 12.5


async def test_initech(server):
    assert asyncio.get_running_loop() is server.get_loop()
    host, port = server.sockets[0].getsockname()[:2]
    assert await fetch_price(host, port, "INITECH") == 3.0


if __name__ == "__main__":
    run_pytest(__file__)
