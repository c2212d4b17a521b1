"""Predict the output: next(), send() and a for loop share one generator."""


def ticker():
    print("ticker: starts")
    for n in range(1, 4):
        received = yield n * 10
        print(f"ticker: received {received!r}")
    return "ticker: finished"


def main():
    tick = ticker()
    print("main: created the generator")
    print(f"main: next() gave {next(tick)}")
    print(f"main: send('hi') gave {tick.send('hi')}")
    for value in tick:
        print(f"main: the for loop got {value}")
    print("main: done")


if __name__ == "__main__":
    main()
