"""Which steps of asyncio's history does this Python have?"""

import asyncio
import sys

TIMELINE = [
    ("3.7", "run"),
    ("3.7", "create_task"),
    ("3.9", "to_thread"),
    ("3.11", "TaskGroup"),
    ("3.11", "timeout"),
    ("3.11", "Runner"),
    ("3.11", "Barrier"),
    ("3.12", "eager_task_factory"),
    ("3.13", "Queue.shutdown"),
    ("3.13", "QueueShutDown"),
]


def has(name):
    found = asyncio
    for part in name.split("."):
        found = getattr(found, part, None)
    return found is not None


if __name__ == "__main__":
    print("This is Python {}.{}.".format(*sys.version_info))
    print(f"{'added':<6} {'feature':<28} here?")
    for version, name in TIMELINE:
        answer = "yes" if has(name) else "no"
        print(f"{version:<6} asyncio.{name:<20} {answer}")
    answer = "still here" if has("coroutine") else "gone"
    print(f"asyncio.coroutine, removed in 3.11: {answer}")
