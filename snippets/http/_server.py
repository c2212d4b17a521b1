"""serve(app): run an aiohttp app on 127.0.0.1, on a free port, for a while."""

import contextlib

from aiohttp import web


@contextlib.asynccontextmanager
async def serve(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)  # port 0: any free port
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}"  # the base URL of the server
    finally:
        await runner.cleanup()
