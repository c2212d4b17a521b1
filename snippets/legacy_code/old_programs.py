"""Two programs from older asyncio, and the first error each hits today."""

BREAKFAST = """\
# --8<-- [start:breakfast]
import asyncio


@asyncio.coroutine
def boil_kettle():
    print("kettle: on")
    yield from asyncio.sleep(3)
    print("kettle: boiled")
    return "hot water"


@asyncio.coroutine
def make_toast(slices):
    for number in range(1, slices + 1):
        yield from asyncio.sleep(1)
        print("toaster: slice {} done".format(number))
    return "{} slices of toast".format(slices)


loop = asyncio.get_event_loop()
water = asyncio.async(boil_kettle())
toast = asyncio.async(make_toast(2))
loop.run_until_complete(asyncio.wait([water, toast]))
print(water.result(), "and", toast.result())
loop.close()
# --8<-- [end:breakfast]
"""

WORKERS = """\
# --8<-- [start:workers]
import asyncio


async def worker(name, queue):
    while True:
        order = await queue.get()
        await asyncio.sleep(order)
        print("{} finished a {} s order".format(name, order))
        queue.task_done()


async def main(loop):
    queue = asyncio.Queue(loop=loop)
    for order in (3, 1, 2):
        queue.put_nowait(order)
    workers = [asyncio.ensure_future(worker(name, queue), loop=loop)
               for name in ("ann", "bob")]
    await queue.join()
    for task in workers:
        task.cancel()
    print("tasks left:", len(asyncio.Task.all_tasks(loop)))


loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(main(loop))
finally:
    loop.close()
# --8<-- [end:workers]
"""


# --8<-- [start:first_error]
def first_error(source):
    try:
        exec(compile(source, "old.py", "exec"), {"__name__": "old"})
    except SyntaxError as error:
        return f"SyntaxError: {error.msg}, in: {error.text.strip()}"
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return "no error"


if __name__ == "__main__":
    for name, source in [("breakfast", BREAKFAST), ("workers", WORKERS)]:
        print(f"{name}: {first_error(source)}")
# --8<-- [end:first_error]
