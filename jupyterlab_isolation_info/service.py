"""Collects reports off the event loop, caches them, and never runs two collections at once."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .collector import parse
from .collector.read import Roots
from .collector.render import to_markdown
from .collector.report import build_report
from .config import IsolationInfo

LOG = logging.getLogger("jupyterlab_isolation_info")


@dataclass(frozen=True)
class Snapshot:
    """One collected report with its answers serialized once, off the event loop.

    A cached report is served many times; serializing a large one per request would cost the
    event loop each time.
    """

    report: dict
    json: bytes = field(repr=False)
    etag: str

    @classmethod
    def of(cls, report: dict) -> Snapshot:
        """The snapshot of a report, made strict JSON (``parse.strict_json``) if it is not."""
        report, body = _strict_body(report)
        return cls(
            report=report,
            json=body,
            etag='"' + hashlib.sha256(body).hexdigest()[:32] + '"',
        )

    @functools.cached_property
    def markdown(self) -> bytes:
        """The Markdown rendering, made once, when first asked for: most reports are fetched
        only as JSON, and rendering costs about a third of a small report's collection. The
        handler asks for it off the event loop (``rendered``)."""
        return to_markdown(self.report).encode("utf-8")

    async def rendered(self, attribute: str) -> bytes:
        """The bytes of one format; a rendering not yet made is made off the event loop."""
        if attribute in self.__dict__ or attribute == "json":
            return getattr(self, attribute)
        # Rendering only: no file is read.
        return await asyncio.to_thread(getattr, self, attribute)


# A lone surrogate as json.dumps escapes it: a high half not followed by a low one, or a low
# half not preceded by a high one (a character beyond U+FFFF is written as a pair).
_LONE_SURROGATE = re.compile(
    r"\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}"
)


def _strict_body(report: dict) -> tuple[dict, bytes]:
    """The report as any JSON parser reads it, and its bytes.

    Serializing first tells whether the strict copy is needed at all: a non-finite number
    refuses to serialize and a lone surrogate shows as an escape; only then is the copy made,
    so a clean report (nearly every one) is walked once, in C. A tree the collector built has
    no cycles: the circular-reference check is skipped.
    """
    try:
        text = json.dumps(report, allow_nan=False, check_circular=False)
        if "\\ud" not in text or not _LONE_SURROGATE.search(text):
            return report, text.encode("ascii")
    except ValueError:  # a non-finite number
        pass
    report = parse.strict_json(report)
    return report, json.dumps(report, allow_nan=False, check_circular=False).encode("ascii")


# How many reports the service keeps by ETag, so a view can ask for another rendering of the
# report it shows (Copy as Markdown) after a newer one was collected.
RECENT_REPORTS = 8


class ProbeTooSoon(Exception):
    """An active probe run was asked for before ``probe_min_interval`` had passed."""

    def __init__(self, retry_after: float):
        super().__init__(f"Active probes ran a moment ago; try again in {retry_after:.1f} s.")
        self.retry_after = retry_after


def _cgroup_roots(config) -> Roots | None:
    """Where the limits section reads the cgroup: the kernel-death check's roots when they are
    not this machine's (a captured tree in tests), so both describe the same cgroup."""
    proc, fs = config.cgroup_proc_root, config.cgroup_fs_root
    if (proc, fs) == ("/proc", "/"):
        return None
    return Roots(proc=proc, fs=fs)


class ReportService:
    """One per server. Passive and probing reports are cached and single-flighted apart."""

    def __init__(
        self,
        config: IsolationInfo,
        kernel_manager: Any = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._config = config
        self._kernel_manager = kernel_manager
        self._clock = clock
        self._cached: Snapshot | None = None
        self._cached_at = float("-inf")
        self._in_flight: asyncio.Task | None = None
        self._probe_in_flight: asyncio.Task | None = None
        self._probe_started_at = float("-inf")
        self._background: asyncio.Task | None = None  # held: the loop keeps only weak refs
        # How many collections have started: what single-flighting saves is countable.
        self.collections_started = 0
        self._recent: OrderedDict[str, Snapshot] = OrderedDict()
        # The last walk of each volume (SpaceService.walked), once the space route is set up.
        self.walked: Callable[[str], dict | None] | None = None

    @property
    def config(self) -> IsolationInfo:
        return self._config

    @property
    def latest(self) -> Snapshot | None:
        """The cached report, however old, or None before the first collection: never waits."""
        return self._cached

    def refresh_in_background(self, max_age: float) -> None:
        """Start a collection without waiting for it, when there is no report or it is older
        than ``max_age`` and none is under way. Only from the event loop's thread; elsewhere
        (no running loop) it does nothing."""
        if self._in_flight is not None or (
            self._background is not None and not self._background.done()
        ):
            return
        if self._cached is not None and self._clock() - self._cached_at < max_age:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._background = loop.create_task(self.report(refresh=True))
        self._background.add_done_callback(_consume)

    async def report(self, refresh: bool = False) -> Snapshot:
        """The cached report, or a fresh one when it is stale or ``refresh`` is asked for.

        A refresh joins a collection under way, and reuses one younger than
        ``refresh_min_interval``, so a burst of refreshes costs one collection.
        """
        if self._in_flight is not None:
            return await asyncio.shield(self._in_flight)
        age = self._clock() - self._cached_at
        limit = self._config.refresh_min_interval if refresh else self._config.cache_ttl
        if self._cached is not None and age < limit:
            return self._cached
        self._in_flight = asyncio.ensure_future(self._collect(active_probes=False))
        try:
            report = await asyncio.shield(self._in_flight)
        finally:
            self._in_flight = None
        self._keep(report)
        return report

    def stale(self) -> None:
        """The cached report no longer says all that is known (a walk has just finished): the
        next request collects afresh."""
        self._cached_at = min(self._cached_at, self._clock() - self._config.cache_ttl)

    def recent(self, etag: str) -> Snapshot | None:
        """The report served with ``etag`` (its JSON's tag, quoted), if among the last few."""
        return self._recent.get(etag)

    def _keep(self, snapshot: Snapshot) -> None:
        self._cached, self._cached_at = snapshot, self._clock()
        self._recent[snapshot.etag] = snapshot
        self._recent.move_to_end(snapshot.etag)
        while len(self._recent) > RECENT_REPORTS:
            self._recent.popitem(last=False)

    async def probe(self) -> Snapshot:
        """A report with active probes of the configured targets; callers share one run."""
        if self._probe_in_flight is not None:
            return await asyncio.shield(self._probe_in_flight)
        waited = self._clock() - self._probe_started_at
        if waited < self._config.probe_min_interval:
            raise ProbeTooSoon(self._config.probe_min_interval - waited)
        self._probe_started_at = self._clock()
        self._probe_in_flight = asyncio.ensure_future(self._collect(active_probes=True))
        try:
            report = await asyncio.shield(self._probe_in_flight)
        finally:
            self._probe_in_flight = None
        self._keep(report)
        return report

    async def _collect(self, active_probes: bool) -> Snapshot:
        self.collections_started += 1
        kernel_pids = self._kernel_pids()
        # Every read that may reach a network mount is guarded on the collector's own workers,
        # decided by where its path leads: this thread always comes back.
        return await asyncio.to_thread(self._collect_blocking, active_probes, kernel_pids)

    def _collect_blocking(self, active_probes: bool, kernel_pids: list[dict]) -> Snapshot:
        config = self._config
        # Kernels go in before findings are derived, so a kernel running as host root is one.
        report = build_report(
            strict=False,  # Snapshot.of makes it strict, and only when it must
            metadata_path=config.metadata_path,
            active_probes=active_probes,
            probe_timeout=config.probe_timeout,
            extra_endpoints=config.extra_endpoints,
            kernels=kernel_pids,
            cgroup_roots=_cgroup_roots(config),
            walked=self.walked,
        )
        return Snapshot.of(report)

    def _kernel_pids(self) -> list[dict]:
        """Kernel ids, names and local pids, read on the loop (in-memory, no I/O)."""
        manager = self._kernel_manager
        if manager is None:
            return []
        kernels = []
        for kernel_id in list(manager.list_kernel_ids()):
            try:
                kernel = manager.get_kernel(kernel_id)
            except KeyError:  # shut down meanwhile
                continue
            provisioner = getattr(kernel, "provisioner", None)
            kernels.append(
                {
                    "id": kernel_id,
                    "name": getattr(kernel, "kernel_name", None),
                    "pid": getattr(provisioner, "pid", None),
                }
            )
        return kernels


def _consume(task: asyncio.Task) -> None:
    """A background collection's failure is logged once with its traceback (the next request
    meets it again), never left as an unretrieved exception warning."""
    if not task.cancelled() and task.exception() is not None:
        LOG.warning("A background collection failed", exc_info=task.exception())
