"""A function call runs its body to the end, and its local state is lost."""


def pour():
    cups = 0
    print(f"  pour: starts with cups = {cups}")
    cups += 1
    print(f"  pour: returns {cups}")
    return cups


def main():
    print("caller: calls pour()")
    result = pour()
    print(f"caller: got {result}")
    print("caller: calls pour() again")
    result = pour()
    print(f"caller: got {result}")


if __name__ == "__main__":
    main()
