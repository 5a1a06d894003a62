"""Long-lived worker threads for the calls that may block: a call on a stalled network mount, a
user database lookup over the network, an active probe.

A new thread per call costs more than most calls it guards (some 50 µs to start and join), so
the threads stay and wait for the next call. Each call goes to an idle worker, or to a new one
when none is idle: a worker that stays blocked (a hard NFS mount whose server is gone blocks
``stat`` for ever) holds only its own call, and nothing is queued behind it. A few idle workers
are kept, each for at most ``IDLE_SECONDS`` (the collector also runs inside a user's kernel,
where it must leave no thread behind for long); more exit once their call returns. They are
daemon threads: one left blocked does not keep the interpreter from exiting.

The workers are bounded: at most ``MAX_BUSY`` calls run at once. A call that never returns holds
its worker for ever, so past the bound a new call is refused at once (``Busy``) instead of
queued behind calls that may never end; the guard turns that into a sentence. Asyncio's default
executor never runs these calls: a stuck one costs a worker here, never a thread the server's
other routes need.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

# Idle workers kept for the next call; an active probe batch may briefly need more.
MAX_IDLE_WORKERS = 4
# How long an idle worker waits for a next call before it exits.
IDLE_SECONDS = 60.0
# Calls running at once, stuck ones included; one more is refused (Busy), never queued.
MAX_BUSY = 16


class Busy(Exception):
    """Every worker is taken (by calls that may never return): the call was not started."""

    def __init__(self, waiting: int):
        super().__init__(f"{waiting} calls are still running; none more is started.")
        self.waiting = waiting


class Call(Generic[T]):
    """One call handed to a worker; ``wait`` says whether it finished in time."""

    __slots__ = ("_done", "_function", "_on_done", "error", "value")

    def __init__(self, function: Callable[[], T], on_done: Callable[[], None] | None = None):
        self._function = function
        self._on_done = on_done
        self._done = threading.Event()
        self.value: T | None = None
        self.error: BaseException | None = None

    def _run(self) -> None:
        try:
            self.value = self._function()
        except BaseException as error:  # handed back to whoever waits for the call
            self.error = error
        finally:
            if self._on_done is not None:
                self._on_done()
            self._done.set()

    def wait(self, timeout: float | None) -> bool:
        return self._done.wait(timeout)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def result(self) -> T:
        """The call's value, or its exception raised again; only once ``done``."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


class _Worker(threading.Thread):
    def __init__(self) -> None:
        super().__init__(name="isolation-info worker", daemon=True)
        self._calls: queue.SimpleQueue[Call] = queue.SimpleQueue()

    def give(self, call: Call) -> None:
        self._calls.put(call)

    def run(self) -> None:
        global _busy
        while True:
            try:
                call = self._calls.get(timeout=IDLE_SECONDS)
            except queue.Empty:
                with _lock:
                    if self in _idle:  # else a call was handed over meanwhile: take it
                        _idle.remove(self)
                        return
                continue
            call._run()
            del call
            with _lock:
                _busy -= 1
                if len(_idle) >= MAX_IDLE_WORKERS:
                    return
                _idle.append(self)


_idle: list[_Worker] = []
_lock = threading.Lock()
_pid = os.getpid()
_busy = 0  # calls handed to a worker and not yet returned


def busy() -> int:
    """How many calls are running now (those stuck on a dead mount included)."""
    return _busy


def submit(function: Callable[[], T], on_done: Callable[[], None] | None = None) -> Call[T]:
    """Start ``function`` on an idle worker (a new one if none is idle); ``on_done`` runs in
    the worker right after the call, before anyone waiting for it wakes. Raises Busy when
    ``MAX_BUSY`` calls are running."""
    global _pid, _busy
    call = Call(function, on_done)
    if os.getpid() != _pid:
        # A forked child has none of the parent's threads: handing them a call would wait for
        # ever. (Checked here, not with os.register_at_fork: the kernel-side collector loads
        # this module afresh for every inspection.)
        _idle.clear()
        _busy = 0
        _pid = os.getpid()
    with _lock:
        if _busy >= MAX_BUSY:
            raise Busy(_busy)
        _busy += 1
        worker = _idle.pop() if _idle else None
    if worker is None:
        worker = _Worker()
        worker.give(call)
        worker.start()
    else:
        worker.give(call)
    return call
