"""A generator's return value travels in StopIteration.value."""


def pour(cups):
    for cup in range(1, cups + 1):
        yield f"cup {cup}"
    return f"{cups} cups poured"


def main():
    for cup in pour(2):
        print(f"for loop: {cup}")
    print("for loop: done, and the return value is gone")

    gen = pour(2)
    print(f"next(): {next(gen)}")
    print(f"next(): {next(gen)}")
    for attempt in ["third", "fourth"]:
        try:
            next(gen)
        except StopIteration as stop:
            print(f"{attempt} next(): StopIteration, value = {stop.value!r}")


if __name__ == "__main__":
    main()
