"""as_completed() hands back the results in the order they finish."""

import asyncio
import time


async def ask(server, seconds):
    await asyncio.sleep(seconds)
    return f"{server} answered after {seconds} s"


async def main():
    start = time.perf_counter()
    questions = [ask("paris", 3), ask("tokyo", 1), ask("lima", 2)]
    for next_answer in asyncio.as_completed(questions):
        answer = await next_answer
        print(f"{time.perf_counter() - start:.2f} s  {answer}")


if __name__ == "__main__":
    asyncio.run(main())
