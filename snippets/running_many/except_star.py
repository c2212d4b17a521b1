"""except* picks the exceptions it names out of an ExceptionGroup."""

import asyncio


async def load(settings, key):
    number = int(settings[key])  # checked before any waiting
    await asyncio.sleep(1)
    return number


async def load_all(settings):
    async with asyncio.TaskGroup() as group:
        for key in ("port", "timeout", "retries"):
            group.create_task(load(settings, key))


async def main():
    settings = {"port": "80a", "timeout": "30"}

    try:
        await load_all(settings)
    except ValueError:
        print("never printed: the ValueError is inside a group")
    except ExceptionGroup as errors:
        print(f"except ExceptionGroup: {errors}")
        for error in errors.exceptions:
            print(f"    {error!r}")

    try:
        await load_all(settings)
    except* ValueError as errors:
        print(f"except* ValueError: {errors.exceptions}")
    except* KeyError as errors:
        print(f"except* KeyError: {errors.exceptions}")


if __name__ == "__main__":
    asyncio.run(main())
