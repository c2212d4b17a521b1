"""The code under test in this chapter: a price client and a cache."""

import asyncio


async def fetch_price(host, port, symbol):
    """Ask a price server for one symbol's price, over TCP."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"{symbol}\n".encode())
        await writer.drain()
        line = await reader.readline()
    finally:
        writer.close()
        await writer.wait_closed()
    if not line:
        raise ConnectionError(f"no price for {symbol}")
    return float(line)


async def portfolio_value(host, port, holdings):
    """What {symbol: shares} is worth, asking for all the prices at once."""
    symbols = list(holdings)
    fetches = [fetch_price(host, port, symbol) for symbol in symbols]
    prices = await asyncio.gather(*fetches)
    return sum(holdings[s] * p for s, p in zip(symbols, prices, strict=True))


class Cache:
    """Keeps what an async function returned for each key, for ttl seconds.

    Callers asking for the same key at the same time share one call.
    """

    def __init__(self, load, ttl=60.0):
        self._load = load
        self._ttl = ttl
        self._entries = {}  # key -> (expiry time, task that loads it)

    async def get(self, key):
        now = asyncio.get_running_loop().time()
        expires, task = self._entries.get(key, (now, None))
        if task is None or expires <= now:
            task = asyncio.create_task(self._load(key))
            task.add_done_callback(lambda done: self._forget(key, done))
            self._entries[key] = (now + self._ttl, task)
        # The shield keeps the shared call going when one caller is
        # cancelled, for the other callers that still wait for it.
        return await asyncio.shield(task)

    def _forget(self, key, task):
        """Drop a call that failed, so that the next get calls again."""
        if task.cancelled() or task.exception() is not None:
            if self._entries.get(key, (None, None))[1] is task:
                del self._entries[key]
