"""await is allowed only inside async def: elsewhere it is a SyntaxError."""

IN_A_PLAIN_DEF = """\
def wait_a_bit():
    await asyncio.sleep(1)
"""

ASYNC_FOR_IN_A_PLAIN_DEF = """\
def count_down():
    async for number in countdown(3):
        print(number)
"""

IN_AN_ASYNC_DEF = """\
async def wait_a_bit():
    await asyncio.sleep(1)
"""

for name, source in [
    ("IN_A_PLAIN_DEF", IN_A_PLAIN_DEF),
    ("ASYNC_FOR_IN_A_PLAIN_DEF", ASYNC_FOR_IN_A_PLAIN_DEF),
    ("IN_AN_ASYNC_DEF", IN_AN_ASYNC_DEF),
]:
    try:
        compile(source, "example.py", "exec")
    except SyntaxError as error:
        print(f"{name}: SyntaxError: {error.msg} (line {error.lineno})")
    else:
        print(f"{name}: compiles")
