"""The child of read_lines_live.py: reports its progress as it works."""

import time

print("started", flush=True)
for step in (1, 2):
    time.sleep(1)  # a second of work
    print(f"step {step} of 2 done", flush=True)
