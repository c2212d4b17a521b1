"""Ask inspect what kind of function each one is, and what it returns."""

import inspect


def plain():
    return 1


def numbers():
    yield 1


async def fetch():
    return 1


async def stream():
    yield 1


def row(name, returns, *flags):
    line = f"{name:9}{returns:17}" + "".join(f"{f!s:12}" for f in flags)
    print(line.rstrip())


row("function", "returns", "coroutine", "async gen", "result is", "result is")
row("", "", "function?", "function?", "coroutine?", "awaitable?")
for function in (plain, numbers, fetch, stream):
    made = function()
    row(
        function.__name__,
        type(made).__name__,
        inspect.iscoroutinefunction(function),
        inspect.isasyncgenfunction(function),
        inspect.iscoroutine(made),
        inspect.isawaitable(made),
    )
    if inspect.iscoroutine(made):
        made.close()  # it never ran; closing it tells Python so
