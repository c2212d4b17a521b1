"""A child that works for the number of seconds it is given, then reports."""

import sys
import time

name, seconds = sys.argv[1], float(sys.argv[2])
time.sleep(seconds)  # stands for real work
print(f"{name} done in {seconds:g} s", flush=True)
