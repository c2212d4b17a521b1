"""The examples of Asyncio by Example, one runnable module each.

Run one with ``python -m snippets.<chapter>.<name>``, or fast-forward it on
the book's simulated clock with ``python -m snippets <chapter>.<name>``.
"""
