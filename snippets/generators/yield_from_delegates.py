"""yield from hands over to another generator and gets its return value."""


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def launch_by_hand():
    sub = countdown(3)
    while True:
        try:
            n = next(sub)
        except StopIteration as stop:
            result = stop.value
            break
        yield n
    yield result


def launch():
    result = yield from countdown(3)
    yield result


def main():
    print(list(launch_by_hand()))
    print(list(launch()))


if __name__ == "__main__":
    main()
