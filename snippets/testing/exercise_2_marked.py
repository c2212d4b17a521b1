"""The async test marked, so that pytest-asyncio runs it in a loop."""

from unittest.mock import AsyncMock

import pytest

from snippets.testing._prices import Cache
from snippets.testing._run import run_pytest


@pytest.mark.asyncio
async def test_second_get_comes_from_the_cache():
    load = AsyncMock(return_value=4)
    cache = Cache(load)
    assert await cache.get("ACME") == 4
    assert await cache.get("ACME") == 4
    load.assert_awaited_once_with("ACME")


if __name__ == "__main__":
    run_pytest(__file__)
