"""Three buyers race for the last two seats, and the show is oversold."""

import asyncio
import time

START = time.perf_counter()
show = {"seats_left": 2, "sold_to": []}


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def buy(name, payment_time):
    if show["seats_left"] == 0:
        log(f"{name}: sold out")
        return
    await asyncio.sleep(payment_time)  # the card payment
    show["seats_left"] -= 1
    show["sold_to"].append(name)
    log(f"{name} has a ticket")


async def main():
    await asyncio.gather(buy("ana", 1.5), buy("ben", 0.5), buy("cy", 1.0))
    print(f"sold to: {show['sold_to']}, seats left: {show['seats_left']}")


if __name__ == "__main__":
    asyncio.run(main())
