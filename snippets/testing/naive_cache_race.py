"""A failing test: three callers at once make a naive cache load thrice."""

import asyncio

import pytest

from snippets.testing._run import run_pytest


class NaiveCache:
    def __init__(self, load):
        self._load = load
        self._values = {}

    async def get(self, key):
        if key not in self._values:
            self._values[key] = await self._load(key)
        return self._values[key]


@pytest.mark.asyncio
async def test_concurrent_gets_share_one_call():
    calls = []

    async def load(key):
        calls.append(key)
        await asyncio.sleep(1)
        return 12.5

    cache = NaiveCache(load)
    gets = [cache.get("ACME") for _ in range(3)]
    assert await asyncio.gather(*gets) == [12.5] * 3
    assert calls == ["ACME"]


if __name__ == "__main__":
    run_pytest(__file__)
