"""A countdown made of callbacks only: call_later and a future."""

import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    launched = loop.create_future()

    def tick(number):
        now = f"{loop.time() - start:.2f} s"
        if number:
            print(f"{now}  {number}")
            loop.call_later(1, tick, number - 1)  # the next tick, in 1 s
        else:
            print(f"{now}  liftoff!")
            launched.set_result(None)  # wakes main

    loop.call_soon(tick, 3)
    await launched
    print(f"{loop.time() - start:.2f} s  main: the rocket is on its way")


if __name__ == "__main__":
    asyncio.run(main())
