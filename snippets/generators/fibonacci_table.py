"""Step through an endless generator with next(), one row at a time."""


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    numbers = fibonacci()
    print("  n    F(n)  F(n) / F(n-1)")
    previous = next(numbers)
    print(f"{0:>3}  {previous:>6}")
    for n in range(1, 13):
        current = next(numbers)
        ratio = f"{current / previous:.4f}" if previous else "-"
        print(f"{n:>3}  {current:>6}  {ratio}")
        previous = current


if __name__ == "__main__":
    main()
