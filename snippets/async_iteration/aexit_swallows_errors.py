"""A transaction whose __aexit__ swallows every error in its block."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


class Transaction:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)  # BEGIN, sent to the database
        return self

    async def __aexit__(self, exc_type, exc, traceback):
        await asyncio.sleep(0.1)  # COMMIT or ROLLBACK
        if exc_type is None:
            log(f"{self.name}: committed")
        else:
            log(f"{self.name}: rolled back after {exc!r}")
        return True


async def save(recipe, servings):
    async with Transaction(recipe):
        if servings < 1:
            raise ValueError(f"{servings} servings")
        await asyncio.sleep(0.3)  # INSERT the recipe
    return "saved"


async def main():
    for recipe, servings in [("sponge", 8), ("muffins", 0)]:
        log(f"main: {recipe} {await save(recipe, servings)}")


if __name__ == "__main__":
    asyncio.run(main())
