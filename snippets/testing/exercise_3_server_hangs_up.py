"""Tests what fetch_price does when the server hangs up without an answer."""

import asyncio

import pytest
import pytest_asyncio

from snippets.testing._prices import fetch_price
from snippets.testing._run import run_pytest


@pytest_asyncio.fixture
async def rude_server_address():
    async def hang_up(reader, writer):
        await reader.readline()  # read the request, then say nothing
        writer.close()

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    async with server:
        yield server.sockets[0].getsockname()[:2]


@pytest.mark.asyncio
async def test_no_answer_is_a_connection_error(rude_server_address):
    with pytest.raises(ConnectionError, match="no price for ACME"):
        async with asyncio.timeout(5):  # fail, rather than hang, if it waits
            await fetch_price(*rude_server_address, "ACME")


if __name__ == "__main__":
    run_pytest(__file__)
