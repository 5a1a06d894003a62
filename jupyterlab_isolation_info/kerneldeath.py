"""Why did my kernel die: the OOM kill counter of a kernel's cgroup when it started and when it
died, and its exit status.

No poller: the counter is read when jupyter_server says a kernel started or restarted (its
kernel-action events) and when the kernel's restarter finds it dead (the kernel manager's
'restart' and 'dead' callbacks). Reads run in a worker thread; the callbacks, which run on the
event loop, only note the time and exit status and start that read.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Any

from .collector import judge_limits, limits, read

KERNEL_ACTIONS = "https://events.jupyter.org/jupyter_server/kernel_actions/v1"
# Verdicts kept for kernels that are gone (a dead kernel is removed from the manager).
KEPT_KERNELS = 64


class KernelDeathWatch:
    """One per server: each kernel's memory state at start, and its last death's verdict."""

    def __init__(self, kernel_manager: Any, roots: read.Roots, log: logging.Logger | None = None):
        self._kernel_manager = kernel_manager
        self._roots = roots
        self._log = log or logging.getLogger(__name__)
        self._alive: dict[str, dict] = {}
        self._hooked: set[str] = set()
        self._deaths: OrderedDict[str, dict] = OrderedDict()
        self._judging: dict[str, asyncio.Future] = {}
        self._counts: dict[str, int] = {}
        self._baselines: dict[str, asyncio.Future] = {}
        self.watching = False

    def attach(self, event_logger: Any) -> bool:
        """Listen to kernel starts and restarts; False when this jupyter_server has no events."""
        if event_logger is None or not hasattr(event_logger, "add_listener"):
            return False
        event_logger.add_listener(schema_id=KERNEL_ACTIONS, listener=self._on_action)
        self.watching = True
        return True

    def detach(self, event_logger: Any) -> None:
        """Stop listening (the extension unloads); the verdicts already made stay readable."""
        if self.watching and hasattr(event_logger, "remove_listener"):
            event_logger.remove_listener(schema_id=KERNEL_ACTIONS, listener=self._on_action)
        self.watching = False

    async def _on_action(self, logger: Any, schema_id: str, data: dict) -> None:
        kernel_id = data.get("kernel_id")
        if not kernel_id or data.get("status") != "success":
            return
        if data.get("action") in ("start", "restart"):
            await self.seen_alive(kernel_id)
        elif data.get("action") == "shutdown":
            # Its manager is gone with it; its last verdict stays (KEPT_KERNELS).
            self._alive.pop(kernel_id, None)
            self._hooked.discard(kernel_id)

    async def seen_alive(self, kernel_id: str) -> None:
        """Read the kernel's cgroup counter now, and hook its restarter's callbacks once."""
        try:
            kernel = self._kernel_manager.get_kernel(kernel_id)
        except KeyError:
            return
        if kernel_id not in self._hooked:
            self._hooked.add(kernel_id)
            kernel.add_restart_callback(lambda: self._died(kernel_id, "restart"), "restart")
            kernel.add_restart_callback(lambda: self._died(kernel_id, "dead"), "dead")
        pid = getattr(getattr(kernel, "provisioner", None), "pid", None)
        # cgroupfs and procfs only (kernel memory, from the configured roots): never a stall.
        task = asyncio.ensure_future(asyncio.to_thread(self._read, pid, None))
        self._baselines[kernel_id] = task
        try:
            state = await task
        finally:
            if self._baselines.get(kernel_id) is task:
                del self._baselines[kernel_id]
        self._alive[kernel_id] = {**state, "pid": pid}

    def _read(self, pid: int | None, location: dict | None) -> dict:
        return limits.memory_state(read.Reader(self._roots), pid, location)

    def _died(self, kernel_id: str, event: str) -> None:
        """The restarter found the kernel dead (on the loop: no I/O here)."""
        noticed_at = read.now_utc()
        exit_status = None
        try:
            kernel = self._kernel_manager.get_kernel(kernel_id)
            process = getattr(getattr(kernel, "provisioner", None), "process", None)
            exit_status = getattr(process, "returncode", None)
        except KeyError:
            pass
        # What was seen alive is taken now: the restart that follows reads the counter anew.
        before = self._baselines.get(kernel_id) or self._alive.get(kernel_id)
        judging = asyncio.ensure_future(
            self._judge(kernel_id, event, before, exit_status, noticed_at)
        )
        self._judging[kernel_id] = judging

        def judged(done: asyncio.Future) -> None:  # kept only while under way: bounded
            if self._judging.get(kernel_id) is done:
                del self._judging[kernel_id]

        judging.add_done_callback(judged)

    async def _judge(self, kernel_id: str, event: str, before, exit_status, noticed_at: str):
        if isinstance(before, asyncio.Future):  # started a moment ago: its reading is under way
            before = await before
        location = (before or {}).get("location")
        after = await asyncio.to_thread(self._read, None, location)
        self._counts[kernel_id] = self._counts.get(kernel_id, 0) + 1
        verdict = {
            "kernel_id": kernel_id,
            "event": event,
            # How many deaths of this kernel this server has seen: tells one from the next.
            "count": self._counts[kernel_id],
            **judge_limits.death_verdict(before, after, exit_status, noticed_at),
        }
        # The next death is judged against this reading, unless the restart read anew already.
        if after.get("oom_kill") is not None and self._alive.get(kernel_id) is before:
            self._alive[kernel_id] = {**after, "pid": None}
        self._deaths[kernel_id] = verdict
        self._deaths.move_to_end(kernel_id)
        while len(self._deaths) > KEPT_KERNELS:
            gone, _ = self._deaths.popitem(last=False)
            self._counts.pop(gone, None)
        self._log.info("Kernel %s died: %s", kernel_id, verdict["text"])
        return verdict

    def seen(self, kernel_id: str) -> dict | None:
        """The kernel's memory state when it was last seen alive (started or restarted)."""
        return self._alive.get(kernel_id)

    async def last_death(self, kernel_id: str, wait: float = 5.0) -> dict | None:
        """The verdict on the kernel's last death, waiting for one being judged."""
        judging = self._judging.get(kernel_id)
        if judging is not None and not judging.done():
            await asyncio.wait([judging], timeout=wait)
        return self._deaths.get(kernel_id)
