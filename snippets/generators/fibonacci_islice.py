"""An endless Fibonacci generator, and islice to take only what we need."""

from itertools import islice


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    print(list(islice(fibonacci(), 15)))
    print(list(islice(fibonacci(), 10, 15)))
    print(next(n for n in fibonacci() if n > 1000))


if __name__ == "__main__":
    main()
