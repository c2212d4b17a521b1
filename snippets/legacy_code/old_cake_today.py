"""The cake in 2015's style, run on today's Python: how it fails."""

OLD_CAKE = """\
# --8<-- [start:old_cake]
import asyncio


@asyncio.coroutine
def preheat_oven():
    for temperature in (60, 120, 180):
        yield from asyncio.sleep(1.0)
        print("the oven is at {} degrees".format(temperature))


@asyncio.coroutine
def mix_batter():
    for ingredient in ("flour", "eggs", "sugar"):
        yield from asyncio.sleep(0.6)
        print("mixed in the {}".format(ingredient))


loop = asyncio.get_event_loop()
oven = asyncio.async(preheat_oven())
loop.run_until_complete(mix_batter())
loop.run_until_complete(oven)
loop.close()
# --8<-- [end:old_cake]
"""


# --8<-- [start:attempt]
def attempt(source):
    try:
        code = compile(source, "old_cake.py", "exec")
    except SyntaxError as error:
        print(f"  SyntaxError: {error.msg}, in: {error.text.strip()}")
        return
    try:
        exec(code, {"__name__": "old_cake"})
    except Exception as error:
        print(f"  {type(error).__name__}: {error}")


if __name__ == "__main__":
    print("The cake as it was written:")
    attempt(OLD_CAKE)
    print("With asyncio.async renamed to asyncio.ensure_future:")
    attempt(OLD_CAKE.replace("asyncio.async(", "asyncio.ensure_future("))
# --8<-- [end:attempt]
