"""send() passes a value into a paused generator: a running average."""


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def main():
    try:
        averager().send(10)
    except TypeError as error:
        print(f"TypeError: {error}")

    average = averager()
    print(f"primed with next(): {next(average)}")
    for value in [10, 20, 60, 50]:
        print(f"sent {value}, the average is now {average.send(value):.2f}")
    average.close()


if __name__ == "__main__":
    main()
