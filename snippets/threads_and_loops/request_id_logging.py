"""Every log line names its request, without passing the id around."""

import asyncio
import contextvars
import logging
import sys
import time

request_id = contextvars.ContextVar("request_id", default="-")
logger = logging.getLogger("shop")


class AddRequestId(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


def query_database(seconds):
    logger.info("querying the database")
    time.sleep(seconds)  # a blocking database driver


async def handle(rid, seconds):
    request_id.set(rid)
    logger.info("request received")
    await asyncio.to_thread(query_database, seconds)
    logger.info("response sent")


async def main():
    handler = logging.StreamHandler(sys.stdout)
    handler.addFilter(AddRequestId())
    layout = "%(asctime)s %(request_id)-5s %(message)s"
    handler.setFormatter(logging.Formatter(layout, "%H:%M:%S"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    async with asyncio.TaskGroup() as group:
        group.create_task(handle("r-1", 3.0))
        await asyncio.sleep(1.0)
        group.create_task(handle("r-2", 1.0))
    logger.info("all requests done")


if __name__ == "__main__":
    asyncio.run(main())
