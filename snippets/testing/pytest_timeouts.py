"""Tests a timeout and a cancellation that do not depend on timing."""

import asyncio

import pytest
import pytest_asyncio

from snippets.testing._prices import Cache, fetch_price
from snippets.testing._run import run_pytest


@pytest_asyncio.fixture
async def silent_server():
    """A server that reads a request and never answers it."""
    hung_up = asyncio.Event()

    async def never_answer(reader, writer):
        await reader.readline()  # the request
        await reader.read()  # returns only when the client hangs up
        hung_up.set()
        writer.close()

    server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    async with server:
        yield server.sockets[0].getsockname()[:2], hung_up


@pytest.mark.asyncio
async def test_timeout_closes_the_connection(silent_server):
    address, hung_up = silent_server
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.1):
            await fetch_price(*address, "ACME")
    await asyncio.wait_for(hung_up.wait(), timeout=1)


@pytest.mark.asyncio
async def test_cancelled_caller_leaves_the_call_to_the_others():
    started, release = asyncio.Event(), asyncio.Event()

    async def load(key):
        started.set()
        await release.wait()  # until the test lets it finish
        return 12.5

    cache = Cache(load)
    first = asyncio.create_task(cache.get("ACME"))
    second = asyncio.create_task(cache.get("ACME"))
    await started.wait()  # the shared call is under way
    first.cancel()
    release.set()
    assert await second == 12.5
    with pytest.raises(asyncio.CancelledError):
        await first


if __name__ == "__main__":
    run_pytest(__file__)
