"""An async context manager class: __aenter__ and __aexit__ can await."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log(f"{self.name}: connecting")
        await asyncio.sleep(0.5)  # the handshake with the server
        log(f"{self.name}: connected")
        return self

    async def __aexit__(self, exc_type, exc, traceback):
        log(f"{self.name}: closing, exception {exc!r}")
        await asyncio.sleep(0.2)  # saying goodbye to the server
        log(f"{self.name}: closed")
        return False  # do not swallow the exception

    async def query(self, text):
        await asyncio.sleep(1)
        return f"12 rows for {text!r}"


async def main():
    async with Connection("db") as connection:
        log(await connection.query("select recipes"))
    try:
        async with Connection("db"):
            raise ValueError("bad recipe")
    except ValueError as error:
        log(f"main: caught {error!r}")


if __name__ == "__main__":
    asyncio.run(main())
