"""Tests the cache against a loopback price server, with pytest-asyncio."""

import asyncio
from functools import partial

import pytest
import pytest_asyncio

from snippets.testing._prices import Cache, fetch_price
from snippets.testing._run import run_pytest


@pytest.fixture
def asked():
    return []  # the symbols the server was asked for


@pytest_asyncio.fixture
async def server_address(asked):
    async def answer(reader, writer):
        symbol = (await reader.readline()).decode().strip()
        asked.append(symbol)
        await asyncio.sleep(1)  # a slow server
        writer.write(b"12.5\n")
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    async with server:  # closes the server after the test
        yield server.sockets[0].getsockname()[:2]  # (host, port)


@pytest.fixture
def cache(server_address):
    return Cache(partial(fetch_price, *server_address))


@pytest.mark.asyncio
async def test_get_asks_the_server(cache, asked):
    assert await cache.get("ACME") == 12.5
    assert asked == ["ACME"]


@pytest.mark.asyncio
async def test_second_get_comes_from_the_cache(cache, asked):
    await cache.get("ACME")
    assert await cache.get("ACME") == 12.5
    assert asked == ["ACME"]


@pytest.mark.asyncio
async def test_concurrent_gets_share_one_request(cache, asked):
    gets = [cache.get("ACME") for _ in range(3)]
    assert await asyncio.gather(*gets) == [12.5] * 3
    assert asked == ["ACME"]


if __name__ == "__main__":
    run_pytest(__file__)
