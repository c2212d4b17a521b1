"""Start a thread that sees the context variables of the code starting it."""

import asyncio
import contextvars
import threading
import time

request_id = contextvars.ContextVar("request_id", default="-")


def log(message):
    print(f"{request_id.get():<5} {message}")


def start_thread(func, *args):
    context = contextvars.copy_context()
    thread = threading.Thread(target=context.run, args=(func, *args))
    thread.start()
    return thread


def write_audit_record(seconds):
    time.sleep(seconds)  # a slow, blocking disk
    log("audit record written")


async def handle(rid, seconds):
    request_id.set(rid)
    log("request received")
    auditor = start_thread(write_audit_record, seconds)
    log("response sent")
    return auditor


async def main():
    auditors = await asyncio.gather(handle("r-1", 2.0), handle("r-2", 1.0))
    for auditor in auditors:
        await asyncio.to_thread(auditor.join)
    log("all audit records written")


if __name__ == "__main__":
    asyncio.run(main())
