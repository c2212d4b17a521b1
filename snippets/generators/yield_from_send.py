"""yield from passes send() through to the subgenerator, both ways."""


def order():
    total = 0
    while True:
        price = yield total
        if price is None:
            return total
        total += price


def till(receipts):
    while True:
        total = yield from order()
        print(f"  till: order closed, {total} to pay")
        receipts.append(total)


def main():
    receipts = []
    register = till(receipts)
    print(f"till shows {next(register)}")
    for price in [3, 4, None, 10, 5, None]:
        print(f"sent {price}, till shows {register.send(price)}")
    print(f"receipts: {receipts}")


if __name__ == "__main__":
    main()
