"""A report on a week of rainfall, in which the total comes out wrong."""

WEEK = "4.5\n0.0\n12.0\n3.5\n0.0\n7.0\n1.0"


def readings(text):
    for line in text.splitlines():
        yield float(line)


def main():
    rainfall = readings(WEEK)
    print(f"wettest day: {max(rainfall):.1f} mm")
    print(f"total: {sum(rainfall):.1f} mm")


if __name__ == "__main__":
    main()
