"""asyncio reports through the logging module, as the "asyncio" logger."""

import asyncio
import logging
import time

logging.basicConfig(
    format="%(asctime)s %(levelname)s [%(name)s] %(message)s",
    datefmt="%H:%M:%S",
    level=logging.DEBUG,
)
logging.getLogger("asyncio").setLevel(logging.INFO)
log = logging.getLogger("photos")


async def resize(photo):
    log.debug("resizing %s", photo)
    time.sleep(0.3)  # blocking: debug mode will report it


async def main():
    loop = asyncio.get_running_loop()
    log.info("starting")
    await asyncio.sleep(1)
    await loop.create_task(resize("cat.jpg"), name="resize-cat")
    log.info("finished")


if __name__ == "__main__":
    asyncio.run(main(), debug=True)
