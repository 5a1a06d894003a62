"""Waiting in a test for what a server does in its own time (a restarter's poll, a watch)."""

import asyncio
import time


async def until(condition, timeout: float = 60.0, what: str = "it"):
    """The first true value of the coroutine function ``condition``, asked every 0.2 s; an
    AssertionError naming ``what`` when none comes within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = await condition()
        if value:
            return value
        await asyncio.sleep(0.2)
    raise AssertionError(f"{what} did not happen within {timeout:g} s")
