"""A generator runs in steps: each next() resumes it up to its next yield."""

from inspect import getgeneratorstate


def pour():
    cups = 0
    print(f"  pour: starts with cups = {cups}")
    while cups < 2:
        cups += 1
        print(f"  pour: yields {cups}")
        yield cups
        print(f"  pour: resumes with cups = {cups}")
    print("  pour: falls off the end")


def main():
    print("caller: calls pour()")
    gen = pour()
    print(f"caller: got a {type(gen).__name__}, {getgeneratorstate(gen)}")
    for _ in range(3):
        print("caller: calls next()")
        try:
            result = next(gen)
        except StopIteration:
            print("caller: StopIteration, the generator is finished")
        else:
            print(f"caller: got {result}, {getgeneratorstate(gen)}")
    print(f"caller: the generator is {getgeneratorstate(gen)}")


if __name__ == "__main__":
    main()
