"""An async test that pytest-asyncio's strict mode leaves alone: it fails."""

from snippets.testing._prices import Cache
from snippets.testing._run import run_pytest


async def load(key):
    return len(key)


async def test_second_get_comes_from_the_cache():
    cache = Cache(load)
    assert await cache.get("ACME") == 4
    assert await cache.get("ACME") == 4


if __name__ == "__main__":
    run_pytest(__file__)
