"""async and await are reserved keywords: old names no longer compile."""

import keyword

OLD_LINES = [
    "async = True",
    "def connect(host, async=False): pass",
    "task = asyncio.async(fetch())",
    "await = 'later'",
]

if __name__ == "__main__":
    for word in ("async", "await"):
        print(f"is {word!r} a keyword? {keyword.iskeyword(word)}")
    for line in OLD_LINES:
        try:
            compile(line, "old.py", "exec")
        except SyntaxError as error:
            print(f"{line:<38} SyntaxError: {error.msg}")
        else:
            print(f"{line:<38} compiles")
