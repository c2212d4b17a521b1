"""Baking a cake one step after another: we stand and watch the oven."""

import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:4.1f} s  {message}")


def preheat_oven():
    for temperature in (60, 120, 180):
        time.sleep(1.0)  # the oven heats up; we wait
        log(f"the oven is at {temperature} degrees")


def mix_batter():
    for ingredient in ("flour", "eggs", "sugar"):
        time.sleep(0.6)  # the mixer stirs it in; we wait
        log(f"mixed in the {ingredient}")


def main():
    log("start")
    preheat_oven()
    mix_batter()
    log("ready to bake")


if __name__ == "__main__":
    main()
