"""Old asyncio idioms, run one at a time inside a coroutine today."""

import ast
import asyncio

OLD_FORMS = [
    "loop = asyncio.get_event_loop()",
    "print(loop is asyncio.get_running_loop())",
    "await asyncio.sleep(1, loop=loop)",
    "queue = asyncio.Queue(loop=loop)",
    "tasks = asyncio.Task.all_tasks()",
    "with await lock: pass",
    "print(asyncio.TimeoutError is TimeoutError)",
]


async def main():
    names = {"asyncio": asyncio, "lock": asyncio.Lock()}
    for source in OLD_FORMS:
        print(f">>> {source}")
        try:
            code = compile(
                source, "old", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
            )
            outcome = eval(code, names)
            if outcome is not None:  # the code awaits: run it
                await outcome
        except (SyntaxError, TypeError, AttributeError) as error:
            print(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    asyncio.run(main())
