"""The eager task factory runs a new task at once, up to its first pause."""

import asyncio


async def lookup(name, cached):
    print(f"{name}: starts")
    if not cached:
        await asyncio.sleep(1)  # a real wait: the task pauses here
    print(f"{name}: done")
    return name


async def main(eager):
    if eager:
        loop = asyncio.get_running_loop()
        loop.set_task_factory(asyncio.eager_task_factory)
    hit = asyncio.create_task(lookup("hit", cached=True))
    miss = asyncio.create_task(lookup("miss", cached=False))
    print(f"main: created both; done: {hit.done()} and {miss.done()}")
    print(f"main: got {await asyncio.gather(hit, miss)}")


if __name__ == "__main__":
    print("--- the default task factory")
    asyncio.run(main(eager=False))
    print("--- the eager task factory")
    asyncio.run(main(eager=True))
