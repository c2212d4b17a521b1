"""Run seven scenarios of timeouts and cancellation; tabulate what happened."""

# --8<-- [start:helpers]
import asyncio

events = {}  # who -> what happened to it, and when


def note(who, what):
    elapsed = asyncio.get_running_loop().time() - events["start"]
    events.setdefault(who, []).append(f"{what} {elapsed:.1f} s")


async def sleeper(who, seconds, fail=False, swallow=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        if not swallow:
            note(who, "cancelled")
            raise
        note(who, "swallowed")  # the bug: it carries on for 2 s more
        await asyncio.sleep(2)
    if fail:
        note(who, "ValueError")
        raise ValueError(who)
    note(who, "finished")


# --8<-- [end:helpers]
# --8<-- [start:scenarios]
async def timeout_around_group():
    async with asyncio.timeout(1):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("work", 3))
            tg.create_task(sleeper("sibling", 2))


async def timeout_inside_work():
    async def work():
        try:
            async with asyncio.timeout(1):
                await sleeper("work", 3)
        except TimeoutError:
            note("work", "TimeoutError")

    async with asyncio.TaskGroup() as tg:
        tg.create_task(work())
        tg.create_task(sleeper("sibling", 2))


async def sibling_fails():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("work", 3))
        tg.create_task(sleeper("sibling", 1, fail=True))


async def parent_cancelled():
    asyncio.get_running_loop().call_later(1, asyncio.current_task().cancel)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("work", 3))
        tg.create_task(sleeper("sibling", 2))


async def swallowed_in_group():
    async with asyncio.timeout(1):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("work", 3, swallow=True))
            tg.create_task(sleeper("sibling", 2))


async def swallowed_in_scope():
    async def work():
        async with asyncio.timeout(1):
            await sleeper("work", 3, swallow=True)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(work())
        tg.create_task(sleeper("sibling", 2))


async def shield_in_timeout():
    async with asyncio.TaskGroup() as tg:
        work = tg.create_task(sleeper("work", 3))
        tg.create_task(sleeper("sibling", 2))
        try:
            async with asyncio.timeout(1):
                await asyncio.shield(work)
        except TimeoutError:
            note("parent", "TimeoutError")


# --8<-- [end:scenarios]
# --8<-- [start:table]
def outcome(task):
    if task.cancelled():
        return "CancelledError"
    error = task.exception()
    if error is None:
        return "returned"
    if isinstance(error, BaseExceptionGroup):
        inner = ", ".join(type(e).__name__ for e in error.exceptions)
        return f"{type(error).__name__}[{inner}]"
    return type(error).__name__


async def run(scenario):
    events.clear()
    events["start"] = asyncio.get_running_loop().time()
    parent = asyncio.create_task(scenario())
    await asyncio.wait([parent])
    note("parent", outcome(parent))
    whom = ("work", "sibling", "parent")
    cells = [", ".join(events.get(who, ["-"])) for who in whom]
    return [scenario.__name__.replace("_", " "), *cells]


async def main():
    rows = [["scenario", "work", "sibling", "parent"]]
    for scenario in (
        timeout_around_group,
        timeout_inside_work,
        sibling_fails,
        parent_cancelled,
        swallowed_in_group,
        swallowed_in_scope,
        shield_in_timeout,
    ):
        rows.append(await run(scenario))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print(" | ".join(map(str.ljust, row, widths)).rstrip())


if __name__ == "__main__":
    asyncio.run(main())
# --8<-- [end:table]
