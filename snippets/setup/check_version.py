"""Check that this Python is new enough for the book: 3.11 or newer."""

import asyncio
import sys

NEEDED = (3, 11)


def main():
    new_enough = sys.version_info >= NEEDED
    print(f"Python 3.11 or newer: {'yes' if new_enough else 'no'}")
    for name in ["TaskGroup", "timeout", "Runner"]:
        found = "yes" if hasattr(asyncio, name) else "no"
        print(f"asyncio.{name} available: {found}")
    if not new_enough:
        sys.exit("Please install Python 3.11 or newer; see the Setup chapter.")


if __name__ == "__main__":
    main()
