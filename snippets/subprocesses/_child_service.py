"""The child of exercise 3: a service that obeys SIGTERM, or ignores it."""

import signal
import sys
import time


def save_and_exit(signum, frame):
    print("service: SIGTERM received, saving and exiting", flush=True)
    sys.exit(0)


if "--stubborn" in sys.argv:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
else:
    signal.signal(signal.SIGTERM, save_and_exit)
print("service: ready", flush=True)
time.sleep(60)
