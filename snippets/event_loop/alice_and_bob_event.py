"""An asyncio.Event makes Bob wait until Alice has asked his name."""

import asyncio


async def say(name, words):
    print(f"{name}: {words}")
    await asyncio.sleep(0)  # sending the words takes a turn of the loop


async def alice(asked):
    await say("Alice", "Hi!")
    await say("Alice", "My name is Alice.")
    await say("Alice", "What's yours?")
    asked.set()  # wakes everyone waiting for the event


async def bob(asked):
    await asked.wait()  # pauses Bob until the event is set
    await say("Bob", "Nice to meet you, Alice.")
    await say("Bob", "I'm Bob.")


async def main():
    asked = asyncio.Event()
    await asyncio.gather(bob(asked), alice(asked))  # Bob may even go first


if __name__ == "__main__":
    asyncio.run(main())
