"""Why did my kernel die: the OOM kill and pids.events counters of a kernel's cgroup when it
started and when it died, its exit status, and its /dev/shm; or that the server shut it down,
by its idle culler or on a client's request.

No poller: the counters are read when jupyter_server says a kernel started or restarted (its
kernel-action events) and when the kernel's restarter finds it dead (the kernel manager's
'restart' and 'dead' callbacks). Reads run in a worker thread; the callbacks, which run on the
event loop, only note the time and exit status and start that read. A shutdown is the 'shutdown'
kernel action; the culler is told apart by its own log record ("Culling ... kernel"), which
jupyter_server writes just before it shuts the kernel down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections import OrderedDict
from typing import Any

from .collector import guard, judge_limits, limits, read

KERNEL_ACTIONS = "https://events.jupyter.org/jupyter_server/kernel_actions/v1"
# Verdicts kept for kernels that are gone (a dead kernel is removed from the manager).
KEPT_KERNELS = 64
# jupyter_server's MappingKernelManager.cull_kernel_if_idle logs this just before it shuts an
# idle (or already dead) kernel down; its arguments name the kernel and, for an idle one, its
# connections and idle seconds.
CULL_MESSAGE = "Culling '%s' "
# Seconds after a kernel's start when its /dev/shm is opened again (see _reopen).
SHM_SETTLED = 2.0


class _CullRecords(logging.Filter):
    """Notes each kernel the server's culler logs it is culling; lets every record through.

    A filter of the server's logger rather than a handler: the server's logging set up anew
    (traitlets' dictConfig, when the log level changes) replaces the handlers, not the filters.
    """

    def __init__(self) -> None:
        super().__init__()
        self.culled: OrderedDict[str, dict] = OrderedDict()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING and self._is_cull(record):
            args = record.args
            idle = args[4] if len(args) >= 5 and isinstance(args[4], int) else None
            self.culled[args[2]] = {"dead": "dead kernel" in record.msg, "idle_seconds": idle}
            while len(self.culled) > KEPT_KERNELS:  # a cull whose shutdown failed stays bounded
                self.culled.popitem(last=False)
        return True

    @staticmethod
    def _is_cull(record: logging.LogRecord) -> bool:
        args = record.args
        return (
            isinstance(record.msg, str)
            and record.msg.startswith(CULL_MESSAGE)
            and isinstance(args, tuple)
            and len(args) >= 3
            and isinstance(args[2], str)
        )


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
        # Each live kernel's /dev/shm, opened at its start: a kernel in a mount namespace of its
        # own takes its /dev/shm with it when it dies, and this still reads it (fstatvfs).
        # Each is a future of the descriptor (or why there is none), taken by whoever ends it.
        self._shm: dict[str, asyncio.Future] = {}
        self._culls = _CullRecords()
        self.watching = False

    def attach(self, event_logger: Any) -> bool:
        """Listen to kernel starts and restarts; False when this jupyter_server has no events."""
        if event_logger is None or not hasattr(event_logger, "add_listener"):
            return False
        event_logger.add_listener(schema_id=KERNEL_ACTIONS, listener=self._on_action)
        if hasattr(self._server_log(), "addFilter"):
            self._server_log().addFilter(self._culls)
        self.watching = True
        return True

    def _server_log(self) -> Any:
        """The logger the kernel manager's culler writes to (the server's)."""
        return getattr(self._kernel_manager, "log", None)

    def detach(self, event_logger: Any) -> None:
        """Stop listening (the extension unloads); the verdicts already made stay readable."""
        if self.watching and hasattr(event_logger, "remove_listener"):
            event_logger.remove_listener(schema_id=KERNEL_ACTIONS, listener=self._on_action)
        if hasattr(self._server_log(), "removeFilter"):
            self._server_log().removeFilter(self._culls)
        for kernel_id in list(self._shm):
            _discard(self._shm.pop(kernel_id))
        self.watching = False

    async def _on_action(self, logger: Any, schema_id: str, data: dict) -> None:
        kernel_id = data.get("kernel_id")
        if not kernel_id:
            return
        if data.get("status") != "success":
            # A cull whose shutdown failed must not name a later shutdown of the kernel.
            if data.get("action") == "shutdown":
                self._culls.culled.pop(kernel_id, None)
            return
        if data.get("action") in ("start", "restart"):
            await self.seen_alive(kernel_id)
        elif data.get("action") == "shutdown":
            # Its manager is gone with it; its last verdict stays (KEPT_KERNELS).
            self._alive.pop(kernel_id, None)
            self._hooked.discard(kernel_id)
            _discard(self._shm.pop(kernel_id, None))
            self._shut_down(kernel_id)

    def _shut_down(self, kernel_id: str) -> None:
        """The server shut the kernel down: culled when its culler logged so, else a client's."""
        log = self._server_log()
        culled = self._culls.culled.pop(kernel_id, None)
        last = self._deaths.get(kernel_id)
        if culled and culled["dead"] and last and last["event"] == "dead":
            return  # the culler only removed what had died: that death's verdict stays
        shutdown = {
            "culled": culled,
            "cull_idle_timeout": getattr(self._kernel_manager, "cull_idle_timeout", None),
            # Only a record the logger lets through reaches the filter: absence is evidence
            # only then.
            "culler_visible": bool(
                hasattr(log, "isEnabledFor")
                and log.isEnabledFor(logging.WARNING)
                and self._culls in getattr(log, "filters", ())
            ),
        }
        self._keep(kernel_id, "shutdown", judge_limits.shutdown_verdict(shutdown, read.now_utc()))

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
        _discard(self._shm.pop(kernel_id, None))  # a restart's earlier process is gone
        if pid is not None:
            opening = asyncio.ensure_future(asyncio.to_thread(_open_shm, pid))
            self._shm[kernel_id] = opening
            asyncio.get_running_loop().call_later(
                SHM_SETTLED, lambda: asyncio.ensure_future(self._reopen(kernel_id, pid, opening))
            )
        else:  # a kernel started elsewhere (a gateway's): no /dev/shm of it here
            self._shm[kernel_id] = none = asyncio.get_running_loop().create_future()
            none.set_result("the server knows no process of it on this machine")
        try:
            state = await task
        finally:
            if self._baselines.get(kernel_id) is task:
                del self._baselines[kernel_id]
        self._alive[kernel_id] = {**state, "pid": pid}

    async def _reopen(self, kernel_id: str, pid: int, opening: asyncio.Future) -> None:
        """Open the kernel's /dev/shm again once its launch has settled: a kernelspec that
        mounts its own /dev/shm before it execs the kernel (the one process the server knows)
        may not have done so when the kernel was first seen."""
        if self._shm.get(kernel_id) is not opening:
            return  # died, shut down or restarted meanwhile: the first opening was used
        again = asyncio.ensure_future(asyncio.to_thread(_open_shm, pid))
        await asyncio.wait([again])
        if self._shm.get(kernel_id) is opening and isinstance(again.result(), int):
            self._shm[kernel_id] = again
            _discard(opening)
        else:
            _discard(again)

    def _read(self, pid: int | None, before: dict | None) -> dict:
        """The memory and pids counters of the kernel's cgroups: found from its pid at its start,
        where they were then (``before``) at its death (a dead process has no /proc entry)."""
        reader = read.Reader(self._roots)
        state = limits.memory_state(reader, pid, (before or {}).get("location"))
        pids = ((before or {}).get("pids") or {}).get("location")
        return {**state, "pids": limits.pids_state(reader, pid, pids)}

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
        shm = self._shm.pop(kernel_id, None)
        judging = asyncio.ensure_future(
            self._judge(kernel_id, event, before, exit_status, noticed_at, shm)
        )
        self._judging[kernel_id] = judging

        def judged(done: asyncio.Future) -> None:  # kept only while under way: bounded
            if self._judging.get(kernel_id) is done:
                del self._judging[kernel_id]

        judging.add_done_callback(judged)

    async def _judge(self, kernel_id: str, event: str, before, exit_status, noticed_at: str, shm):
        if isinstance(before, asyncio.Future):  # started a moment ago: its reading is under way
            before = await before
        opened = await shm if shm is not None else None
        # Both at once: the notification waits for the slower, not for the two in turn.
        after, shm_state = await asyncio.gather(
            asyncio.to_thread(self._read, None, before), asyncio.to_thread(_shm_state, opened)
        )
        verdict = judge_limits.death_verdict(before, after, exit_status, noticed_at, shm_state)
        # The next death is judged against this reading, unless the restart read anew already.
        if after.get("oom_kill") is not None and self._alive.get(kernel_id) is before:
            self._alive[kernel_id] = {**after, "pid": None}
        return self._keep(kernel_id, event, verdict)

    def _keep(self, kernel_id: str, event: str, judged: dict) -> dict:
        self._counts[kernel_id] = self._counts.get(kernel_id, 0) + 1
        verdict = {
            "kernel_id": kernel_id,
            "event": event,
            # How many ends of this kernel this server has seen: tells one from the next.
            "count": self._counts[kernel_id],
            **judged,
        }
        self._deaths[kernel_id] = verdict
        self._deaths.move_to_end(kernel_id)
        while len(self._deaths) > KEPT_KERNELS:
            gone, _ = self._deaths.popitem(last=False)
            self._counts.pop(gone, None)
        what = "was shut down" if event == "shutdown" else "died"
        self._log.info("Kernel %s %s: %s", kernel_id, what, verdict["text"])
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


def _close(fd: int | str | None) -> None:
    if isinstance(fd, int):
        with contextlib.suppress(OSError):
            os.close(fd)


def _discard(opening: asyncio.Future | None) -> None:
    """Close the descriptor an opening gives, now or once it is done."""
    if opening is None:
        return
    if not opening.done():
        opening.add_done_callback(_discard)
    elif not opening.cancelled() and opening.exception() is None:
        _close(opening.result())


def _open_shm(pid: int) -> int | str:
    """A descriptor of the kernel's /dev/shm as the kernel sees it (through /proc/<pid>/root:
    its own mount namespace, if it has one), or why there is none. Read only: the directory is
    opened, never written. Live /proc: the kernel is a process of this machine."""
    path = f"/proc/{int(pid)}/root/dev/shm"
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC
    try:
        # /dev/shm is a tmpfs almost always; the guard is for the one that is not. Keyed by
        # the kernel's own path, so one kernel's stuck /dev/shm is not every kernel's.
        return guard.with_timeout(
            lambda: os.open(path, flags), read.GUARD_TIMEOUT, "opening the kernel's /dev/shm", path
        )
    except (read.ReadError, OSError) as error:
        return str(error)


def _shm_state(fd: int | str | None) -> dict:
    """The size, use and room of the kernel's /dev/shm (statvfs), through the descriptor
    opened at its start, then closed; ``fd`` a string: why it could not be opened."""
    state = {"size_bytes": None, "used_bytes": None, "available_bytes": None, "error": None}
    if not isinstance(fd, int):
        state["error"] = (
            f"it could not be opened when the kernel started: {fd}"
            if fd
            else "the kernel's start was not seen"
        )
        return state
    try:
        facts = guard.with_timeout(
            lambda: os.fstatvfs(fd),
            read.GUARD_TIMEOUT,
            "statvfs of the kernel's /dev/shm",
            judge_limits.SHM,
        )
        state["size_bytes"] = facts.f_blocks * facts.f_frsize
        state["used_bytes"] = (facts.f_blocks - facts.f_bfree) * facts.f_frsize
        state["available_bytes"] = facts.f_bavail * facts.f_frsize
    except (read.ReadError, OSError) as error:
        state["error"] = str(error)
    finally:
        _close(fd)
    return state
