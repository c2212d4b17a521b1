"""Three batches in a row, all under one deadline set with timeout_at."""

import asyncio


async def job(seconds):
    await asyncio.sleep(seconds)


async def run_batch(name, durations, deadline, start):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(deadline):
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(job(s)) for s in durations]
        outcome = "finished"
    except TimeoutError:
        outcome = "out of time"
    done = sum(not task.cancelled() for task in tasks)
    elapsed = loop.time() - start
    print(
        f"{elapsed:5.2f} s  {name}: {outcome}, {done}/{len(tasks)} jobs done"
    )


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + 10
    await run_batch("backup", [2, 3], deadline, start)
    await run_batch("reports", [1, 4, 2], deadline, start)
    await run_batch("cleanup", [2, 5, 1], deadline, start)
    await run_batch("archive", [1], deadline, start)


if __name__ == "__main__":
    asyncio.run(main())
