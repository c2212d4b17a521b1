"""Three withdrawals race across an await, and two updates are lost."""

import asyncio
import time

START = time.perf_counter()
account = {"balance": 100}


def log(message):
    print(f"{time.perf_counter() - START:.2f} s  {message}")


async def withdraw(teller, amount, round_trip):
    balance = account["balance"]
    log(f"{teller} reads {balance}")
    await asyncio.sleep(round_trip)  # the database checks the request
    account["balance"] = balance - amount
    log(f"{teller} writes {balance} - {amount} = {balance - amount}")


async def main():
    await asyncio.gather(
        withdraw("ana", 10, 0.3),
        withdraw("ben", 20, 0.1),
        withdraw("cy", 30, 0.2),
    )
    print(f"withdrawn: 60, balance: {account['balance']} (should be 40)")


if __name__ == "__main__":
    asyncio.run(main())
