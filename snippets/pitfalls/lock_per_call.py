"""Spot the bug: a lock that guards the balance, yet updates are lost."""

import asyncio


class Account:
    def __init__(self, balance):
        self.balance = balance


async def withdraw(account, amount):
    lock = asyncio.Lock()
    async with lock:
        balance = account.balance
        await asyncio.sleep(0.1)  # asking the bank's database
        account.balance = balance - amount


async def main():
    account = Account(100)
    await asyncio.gather(*(withdraw(account, 10) for _ in range(3)))
    print(f"balance: {account.balance} (expected 70)")


if __name__ == "__main__":
    asyncio.run(main())
