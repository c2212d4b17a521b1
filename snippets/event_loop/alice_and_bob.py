"""Alice and Bob talk at once: each says a line, then lets the other speak."""

import asyncio


async def say(name, words):
    print(f"{name}: {words}")
    await asyncio.sleep(0)  # sending the words takes a turn of the loop


async def alice():
    await say("Alice", "Hi!")
    await say("Alice", "My name is Alice.")
    await say("Alice", "What's yours?")


async def bob():
    await say("Bob", "Nice to meet you, Alice.")
    await say("Bob", "I'm Bob.")


async def main():
    await asyncio.gather(alice(), bob())


if __name__ == "__main__":
    asyncio.run(main())
