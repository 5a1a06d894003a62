"""Walks of folders inside the file browser's root, for the server's space route: off the event
loop on a pool of their own, one walk per folder at a time, progress readable while each runs,
cancellable, every map bounded (space-walk.schema.json).

A folder is named as the file browser names it and confined exactly as an explanation's path
(``explain_service.locate``, then a lookup confined to the root's real path): one rule. A folder
that mountinfo alone places on a network or FUSE file system is answered at once, with the
collector's sentence, before anything there is looked at; every other look-up runs under the
Reader's guard on the look-up pool, so a dead mount costs a look-up thread the guard's second,
never a walk's slot nor the event loop.

The last finished walk of each volume is kept (``walked(mount_point)``) for the report's
``volumes[*].walked``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from .collector import parse, read, space, walk, workers
from .collector.explain import shown
from .explain_service import LEFT_ROOT, Refused, TooMany, Unanswered, locate

LOG = logging.getLogger("jupyterlab_isolation_info")

# Walks running at once: each holds a thread and up to MAX_DEPTH descriptors for up to
# space.TIME_LIMIT; one more is refused (503) until one ends.
MAX_WALKS = 2
# Threads that resolve a folder before its walk: a look-up that meets a stalled mount waits the
# guard's second on one of them; no more than workers.MAX_BUSY such waits run at once.
LOOKUP_THREADS = workers.MAX_BUSY + 2
# Look-ups under way or waiting for a thread; one more is refused at once (503).
MAX_LOOKUPS = 4 * LOOKUP_THREADS
# Finished walks kept by folder (served again until refresh=1), and the last walk of each
# volume kept for the report: the least recently finished goes first.
KEPT_WALKS = 16
KEPT_VOLUMES = 16
# How many folders and caches a report's volume names from its last walk.
WALKED_NAMED = 3


class NotWalked(Exception):
    """No walk of this folder is running or kept (DELETE): the sentence to show."""


class Full(TooMany):
    """MAX_WALKS walks are running (or MAX_LOOKUPS look-ups waiting): this one was not started;
    the message is the sentence to show."""

    def __init__(self, in_flight: int, sentence: str):
        Exception.__init__(self, sentence)
        self.in_flight = in_flight


@dataclass
class Walk:
    """One walk: what the route's envelope shows of it, written by the walking thread (ints and
    references, each assignment whole) and read on the event loop."""

    key: str  # the folder's resolved path
    started: str
    began: float
    cancel: threading.Event = field(default_factory=threading.Event)
    entries: int = 0
    bytes: int = 0
    finished: str | None = None
    seconds: float | None = None
    answer: dict | None = field(default=None, repr=False)
    task: asyncio.Task | None = field(default=None, repr=False)
    # The root's names, real path first: the walk names nothing outside it (space.space).
    confine: tuple[str, ...] | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self.finished is None

    def envelope(self, path: str) -> dict:
        """The route's answer for this walk, ``path`` as the asker named the folder."""
        seconds = self.seconds if self.seconds is not None else time.monotonic() - self.began
        return {
            "path": path,
            "state": "running" if self.running else "done",
            "started": self.started,
            "finished": self.finished,
            "progress": {
                "entries": self.entries,
                "bytes": self.bytes,
                "seconds": round(max(0.0, seconds), 3),
            },
            "answer": None if self.running else self.answer,
        }


@dataclass(frozen=True)
class _Target:
    """A folder resolved inside the root (``key``), or the answer given without a walk."""

    key: str | None
    answer: dict | None = None
    confine: tuple[str, ...] | None = None


def summary(answer: dict, at: str) -> dict:
    """What a report's volume carries of a finished walk (report.schema.json's ``walked``):
    where it started, its largest folders and found caches (the Trash apart). Pure."""
    caches = sorted(
        (c for c in answer["caches"] if c["found"] and c["bytes"] and c["id"] != "trash"),
        key=lambda c: -c["bytes"],
    )
    trash = next((c for c in answer["caches"] if c["id"] == "trash"), None)
    return {
        "at": at,
        "path": answer["resolved"] or answer["path"] or "",
        "largest": [
            {"path": f["path"], "bytes": f["bytes"]} for f in answer["children"][:WALKED_NAMED]
        ],
        "caches": [
            {"name": c["name"], "bytes": c["bytes"], "clear": c["clear"]}
            for c in caches[:WALKED_NAMED]
        ],
        "trash_bytes": trash["bytes"] if trash and trash["found"] else None,
    }


class SpaceService:
    """One per server: the walks of its space route, and the last walk of each volume."""

    def __init__(
        self,
        contents_manager,
        session_manager=None,
        walker: Callable[..., dict] = space.space,
        on_walked: Callable[[], None] | None = None,
    ):
        self._contents_manager = contents_manager
        self._session_manager = session_manager
        self._walker = walker
        self._on_walked = on_walked  # the report's cache: its volumes now have a walk to name
        self._running: dict[str, Walk] = {}
        self._kept: OrderedDict[str, Walk] = OrderedDict()
        self._volumes: OrderedDict[str, dict] = OrderedDict()
        self._looking_up = 0
        self._walks = ThreadPoolExecutor(
            max_workers=MAX_WALKS, thread_name_prefix="isolation-info space"
        )
        self._lookups = ThreadPoolExecutor(
            max_workers=LOOKUP_THREADS, thread_name_prefix="isolation-info space lookup"
        )
        self._closed = False
        # How many walks have started: what single-flighting saves is countable.
        self.started = 0

    # --- the route ---------------------------------------------------------------------------

    async def walk(self, requested: str, refresh: bool = False) -> dict:
        """The envelope of the walk of a folder the file browser names: the running walk joined,
        the kept one served (unless ``refresh``), else a new one started. Refused with a
        sentence for a folder this server does not walk; Full past MAX_WALKS."""
        target = await self._target(requested)
        if target.key is None:
            return _answered(requested, target.answer)
        running = self._running.get(target.key)
        if running is not None:
            return running.envelope(requested)
        kept = self._kept.get(target.key)
        if kept is not None and not refresh:
            return kept.envelope(requested)
        if len(self._running) >= MAX_WALKS:
            raise Full(
                len(self._running),
                f"This server is walking {len(self._running)} folders already; try again when "
                "one has finished (or cancel one).",
            )
        return self._start(target.key, target.confine).envelope(requested)

    async def cancel(self, requested: str) -> dict:
        """Cancels the running walk of a folder (it stops within space.CHECK_EVERY entries and
        its answer says "cancelled"); the envelope, or NotWalked when none is running or kept."""
        target = await self._target(requested)
        key = target.key
        found = self._running.get(key) if key else None
        if found is not None:
            found.cancel.set()
            return found.envelope(requested)
        kept = self._kept.get(key) if key else None
        if kept is not None:
            return kept.envelope(requested)
        raise NotWalked("No walk of this folder is running or kept on this server.")

    def walked(self, mount_point: str) -> dict | None:
        """The last finished walk of a folder on the volume mounted there (its summary), or
        None when there was none since the server started."""
        return self._volumes.get(mount_point)

    @property
    def running(self) -> int:
        return len(self._running)

    def close(self) -> None:
        """At the server's shutdown: every walk cancelled, no new one taken, none waited for."""
        self._closed = True
        for running in list(self._running.values()):
            running.cancel.set()
        self._walks.shutdown(wait=False, cancel_futures=True)
        self._lookups.shutdown(wait=False, cancel_futures=True)

    # --- where the folder is -----------------------------------------------------------------

    async def _target(self, requested: str) -> _Target:
        manager = self._contents_manager
        root_dir = getattr(manager, "root_dir", None)
        if not root_dir:
            raise Refused("This server's contents manager has no root directory on disk.")
        if self._closed:
            raise Refused("This server is shutting down; no walk is started.")
        if self._looking_up >= MAX_LOOKUPS:
            raise Full(
                self._looking_up,
                f"This server is looking up {self._looking_up} folders to walk already; try "
                "again in a moment.",
            )
        self._looking_up += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._lookups, _resolve, root_dir, requested)
        finally:
            self._looking_up -= 1

    # --- one walk ----------------------------------------------------------------------------

    def _start(self, key: str, confine: tuple[str, ...] | None = None) -> Walk:
        started = Walk(key=key, started=read.now_utc(), began=time.monotonic(), confine=confine)
        self._kept.pop(key, None)
        self._running[key] = started
        self.started += 1
        started.task = asyncio.get_running_loop().create_task(self._run(started))
        return started

    async def _run(self, running: Walk) -> None:
        loop = asyncio.get_running_loop()
        try:
            answer = await loop.run_in_executor(self._walks, self._walk_blocking, running)
            answer = await self._with_notebooks(answer)
        except Exception as error:  # a walk that failed in a way none foresaw: a sentence
            LOG.warning("A walk of a folder failed", exc_info=error)
            answer = space.empty_answer(running.key)
            answer["errors"].append(f"The walk failed ({type(error).__name__}).")
        running.answer = answer
        running.seconds = time.monotonic() - running.began
        running.finished = read.now_utc()
        self._running.pop(running.key, None)
        self._kept[running.key] = running
        while len(self._kept) > KEPT_WALKS:
            self._kept.popitem(last=False)
        volume = (answer.get("filesystem") or {}).get("mount_point")
        if volume and not answer["errors"] and answer["total"]["bytes"] is not None:
            self._volumes.pop(volume, None)
            self._volumes[volume] = summary(answer, running.finished)
            while len(self._volumes) > KEPT_VOLUMES:
                self._volumes.popitem(last=False)
            if self._on_walked is not None:
                self._on_walked()

    def _walk_blocking(self, running: Walk) -> dict:
        return self._walker(
            running.key,
            cancel=running.cancel,
            progress=lambda e, b: self._progress(running, e, b),
            confine=running.confine,
        )

    @staticmethod
    def _progress(running: Walk, entries: int, size: int) -> None:
        """Called by the walking thread every few thousand entries."""
        running.entries, running.bytes = entries, size

    async def _with_notebooks(self, answer: dict) -> dict:
        """Each held deleted file's holder that is one of this server's kernels gets the path of
        the session it serves ("restart the kernel of analysis.ipynb to free 5.0 GiB")."""
        held = answer.get("held_deleted") or {}
        holders = [h for f in held.get("files", []) for h in f["holders"] if h["kernel_id"]]
        if not holders or self._session_manager is None:
            return answer
        try:
            sessions = await self._session_manager.list_sessions()
        except Exception as error:  # the names stay unknown (null), the walk stands
            LOG.warning("The sessions could not be listed for a walk", exc_info=error)
            return answer
        notebooks = {
            s["kernel"]["id"]: s.get("path")
            for s in sessions
            if isinstance(s.get("kernel"), dict) and s["kernel"].get("id")
        }
        for holder in holders:
            path = notebooks.get(holder["kernel_id"])
            holder["notebook"] = shown(path) if isinstance(path, str) else None
        return answer


def _answered(requested: str, answer: dict) -> dict:
    """The envelope of an answer given without a walk (the folder is not one to walk)."""
    now = read.now_utc()
    return {
        "path": requested,
        "state": "done",
        "started": now,
        "finished": now,
        "progress": {"entries": 0, "bytes": 0, "seconds": 0.0},
        "answer": answer,
    }


def _resolve(root_dir: str, requested: str) -> _Target:
    """The folder's resolved path inside the root, or the collector's answer when it is not a
    folder to walk; Refused for a folder outside the root. Blocking: on the look-up pool.

    Hidden names are walked whatever the contents manager shows: a walk of the root names the
    hidden caches already (where the space goes is the point), so drilling into one hides
    nothing more.
    """
    reader = read.Reader()
    try:
        candidate, real_root, _named = locate(root_dir, requested, True, reader)
    except Unanswered as stalled:
        return _Target(None, _refused(None, str(stalled)))
    # The security standard: a server names paths inside the file browser's root only. The
    # walk starts inside it; its caches and held deleted files may lie elsewhere on the volume.
    confine = tuple(dict.fromkeys((real_root, os.path.abspath(root_dir))))
    try:
        mounts = reader.own_mountinfo()
    except Exception:  # the walk itself says why it cannot tell the mounts apart
        mounts = None
    if mounts is not None:
        # Where mountinfo alone puts the folder: a dead FUSE or NFS mount is answered at once,
        # its root never looked up (that look-up would wait the guard's time).
        mount = parse.mount_for_path(mounts, candidate)
        why = space.unwalkable(candidate, mount) if mount is not None else None
        if why is not None:
            return _Target(None, _refused(candidate, why, mount))
    try:
        with reader.lookup(
            candidate, confine=real_root, what=f"the lookup of {candidate}"
        ) as found:
            resolved = found.resolved if found.complete else None
    except walk.LeftRoot:
        # Not chained: the path outside the root, which LeftRoot names, reaches no log.
        raise Refused(LEFT_ROOT) from None
    except read.ReadError:
        resolved = None  # the collector's own look-up says why, in its words
    if resolved is None or not walk.inside(resolved, real_root):
        if resolved is not None:
            raise Refused(LEFT_ROOT)
        return _Target(
            None,
            space.space(candidate, reader, held=False, time_limit=0.0, confine=confine),
        )
    return _Target(resolved, confine=confine)


def _refused(path: str | None, sentence: str, mount: dict | None = None) -> dict:
    answer = space.empty_answer(path)
    answer["filesystem"] = space.filesystem_of(mount)
    answer["errors"].append(sentence)
    return parse.strict_json(answer)
