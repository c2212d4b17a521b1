"""A StopIteration that escapes a generator's body becomes a RuntimeError."""


def first_words(lines):
    for line in lines:
        words = iter(line.split())
        yield next(words)  # a blank line has no first word


def main():
    lines = ["hello world", "", "goodbye moon"]
    try:
        for word in first_words(lines):
            print(word)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        print(f"caused by: {type(error.__cause__).__name__}")


if __name__ == "__main__":
    main()
