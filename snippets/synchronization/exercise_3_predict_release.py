"""Predict: in what order do the tasks go on once the event is set?"""

import asyncio
import time

START = time.perf_counter()
go = asyncio.Event()


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def runner(name, warm_up):
    await asyncio.sleep(warm_up)
    log(f"{name} waits")
    await go.wait()
    log(f"{name} runs")


async def starter():
    await asyncio.sleep(1)
    log("starter sets the event")
    go.set()
    log("starter is still running")


async def main():
    await asyncio.gather(
        runner("red", 0.3),
        runner("green", 0.1),
        starter(),
        runner("blue", 0.2),
        runner("gold", 1.5),
    )


if __name__ == "__main__":
    asyncio.run(main())
