"""The selector: the loop sleeps until a socket has data to read."""

import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sender, receiver = socket.socketpair()  # two connected sockets
    receiver.setblocking(False)
    arrived = loop.create_future()

    def on_readable():  # called by the loop when receiver has data
        data = receiver.recv(100)
        print(f"{loop.time() - start:.2f} s  ready to read: {data!r}")
        loop.remove_reader(receiver)
        arrived.set_result(data)

    loop.add_reader(receiver, on_readable)  # the selector watches it
    loop.call_later(1.5, sender.send, b"hello")  # a timer sends data
    print(f"{loop.time() - start:.2f} s  waiting for data")
    await arrived
    print(f"{loop.time() - start:.2f} s  main: got {arrived.result()!r}")
    sender.close()
    receiver.close()


if __name__ == "__main__":
    asyncio.run(main())
