"""The child of communicate_stdin.py: adds up the numbers on its stdin."""

import sys

total = 0
errors = 0
for line in sys.stdin:
    try:
        total += int(line)
    except ValueError:
        print(f"adder: not a number: {line.strip()!r}", file=sys.stderr)
        errors += 1
print(f"total {total}")
sys.exit(1 if errors else 0)
