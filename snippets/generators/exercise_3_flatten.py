"""Flatten nested lists with a recursive yield from, counting the items."""


def flatten(items):
    count = 0
    for item in items:
        if isinstance(item, list):
            count += yield from flatten(item)
        else:
            yield item
            count += 1
    return count


def report(items):
    count = yield from flatten(items)
    print(f"flatten() returned {count}")


def main():
    nested = [1, [2, [3, 4], 5], [], [[6]], 7]
    print(list(flatten(nested)))
    print(list(report(nested)))


if __name__ == "__main__":
    main()
