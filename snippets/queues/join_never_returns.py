"""A worker skips a job without task_done(), and join() never returns."""

import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def worker(jobs):
    while True:
        job = await jobs.get()
        if not job:
            log("worker: skips an empty job")
            continue
        await asyncio.sleep(0.5)
        log(f"worker: finished {job}")
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    for job in ["resize", "", "upload"]:
        jobs.put_nowait(job)
    helper = asyncio.create_task(worker(jobs))
    try:
        async with asyncio.timeout(10):
            await jobs.join()
        log("main: every job is done")
    except TimeoutError:
        log(f"main: gave up waiting; queue empty: {jobs.empty()}")
    helper.cancel()
    await asyncio.gather(helper, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
