"""The time guard: a call that may never return (a hard NFS or EFS mount whose server is gone
blocks ``stat`` and ``open`` for ever) runs on a long-lived worker (``workers``) and is given
up on after its time, as ``errors.Stalled``.

A call still blocked marks its stall key (the mount point of the file system it waits on, as
the reader decides; else the path) in this process: while it stays blocked, a call there or
above or below is not tried again but answered at once with the same kind of sentence. A dead
mount costs one worker and one guard's time, not one per report. At most ``workers.MAX_BUSY``
calls run at once, so the marks are bounded by it too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from . import errors, workers
from .errors import Stalled

T = TypeVar("T")

# How long one file-system call may take before it counts as stalled.
GUARD_TIMEOUT = 1.0

# Stall keys whose guarded call is still blocked in a worker, in any collection of this
# process, with the time it started.
_stuck: dict[str, float] = {}
_stuck_lock = threading.Lock()


def stuck() -> dict[str, float]:
    """The stall keys marked now, with when their call started (time.monotonic)."""
    with _stuck_lock:
        return dict(_stuck)


def overlaps(path: str, other: str) -> bool:
    """One path is the other, or lies below it (a stalled mount stalls everything under it)."""
    if path == other:
        return True
    shorter, longer = sorted((path.rstrip("/") or "/", other.rstrip("/") or "/"), key=len)
    return shorter == "/" or longer.startswith(shorter + "/")


def with_timeout(function: Callable[[], T], timeout: float, what: str, path: str = "") -> T:
    """Run a call that may block on a dead network mount on a worker, for at most timeout.

    ``what`` names the call in the sentence of a Stalled; ``path`` is its stall key. While a
    call on ``path`` (or a path above or below it) is still blocked from an earlier attempt,
    it is not tried again: the answer is a Stalled at once. A blocked call holds its worker
    alone; the next call goes to another (``workers``). Past ``workers.MAX_BUSY`` calls a new
    one is refused at once, also as a Stalled.
    """
    if path:
        with _stuck_lock:
            since = next((t for p, t in _stuck.items() if overlaps(path, p)), None)
        if since is not None:
            raise Stalled(path, what=what, blocked_for=time.monotonic() - since)
    started = time.monotonic()
    finished = []  # set under _stuck_lock, so a call cannot end between the check and the mark
    given_up: list[workers.Call] = []  # the call, once its caller has stopped waiting

    def unmark():
        with _stuck_lock:
            finished.append(True)
            if path and _stuck.get(path) == started:
                del _stuck[path]
            late = given_up[0] if given_up else None
        if late is not None and late.error is not None:  # no one is left to raise it to
            errors.log_once(f"{what}, given up on, failed later", late.error, logging.DEBUG)

    try:
        call = workers.submit(function, unmark)
    except workers.Busy as busy:
        raise Stalled(path, what=what, waiting=busy.waiting) from busy
    if not call.wait(timeout):
        with _stuck_lock:
            if not finished:
                if path:
                    _stuck[path] = started
                given_up.append(call)
                raise Stalled(path, what=what, timeout=timeout)
        call.wait(None)  # it has just finished: its value is a moment away
    return call.result()
