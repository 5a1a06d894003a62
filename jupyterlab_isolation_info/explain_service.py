"""One path's explanation for the server: only inside the file browser's root, off the loop on
a pool of its own, single-flighted per path.

The browser names a path as the file browser does (relative to ``ContentsManager.root_dir``,
or absolute inside it). ``..`` and an absolute path elsewhere are refused with a sentence;
hidden names are refused unless the contents manager shows them. The lookup is confined to the
root's real path: a symbolic link that would lead anywhere else is refused before anything
there is looked at, with the same sentence whether it exists or not, and the answer names
nothing outside the root (``explain(confine=…)``).
"""

from __future__ import annotations

import asyncio
import json
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property

from .collector import read, render_explain, walk, workers
from .collector.explain import explain, unanswered

# Threads that explain at once. A thread waits at most the guard's second on a call that may
# stall, and no more than workers.MAX_BUSY such calls run at once (one more is refused at once),
# so at most that many threads wait; the four beyond keep explanations of local paths answering
# meanwhile. Apart from asyncio's default executor: no explanation takes a thread the server's
# other routes need.
EXPLAIN_THREADS = workers.MAX_BUSY + 4
# Distinct paths being explained or waiting for a thread; one more is refused at once (TooMany):
# each holds a future and its path until it ends, and a flood of distinct paths must not grow
# them, nor the pool's queue, without end.
MAX_IN_FLIGHT = 4 * EXPLAIN_THREADS

LEFT_ROOT = (
    "This path leads out of the file browser's root (through a symbolic link); it is not "
    "explained here."
)
HIDDEN = "Hidden files are not shown by this server (ContentsManager.allow_hidden is off)."


class Refused(Exception):
    """The path is not one this server explains; the message is the sentence to show."""


class TooMany(Exception):
    """MAX_IN_FLIGHT explanations are under way or waiting: this one was not started."""

    def __init__(self, in_flight: int):
        super().__init__(
            f"This server is explaining {in_flight} paths already; try again in a moment."
        )
        self.in_flight = in_flight


class Unanswered(Exception):
    """Looking up the file browser's root did not answer in time (a stalled mount): nothing is
    known of the path, which is an answer, not a refusal. ``path`` is what was asked for."""

    def __init__(self, sentence: str, path: str):
        super().__init__(sentence)
        self.path = path


@dataclass(frozen=True)
class Explained:
    answer: dict = field(repr=False)
    json: bytes = field(repr=False)

    @classmethod
    def of(cls, answer: dict) -> Explained:
        return cls(answer=answer, json=json.dumps(answer, allow_nan=False).encode("utf-8"))

    @cached_property
    def markdown(self) -> bytes:
        """Built only when asked for (format=markdown)."""
        return render_explain.to_markdown(self.answer).encode("utf-8")


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/") if part not in ("", "."))


def inside_root(path: str, root: str) -> bool:
    return walk.inside(path, root)


def locate(
    root_dir: str, requested: str, allow_hidden: bool, reader: read.Reader
) -> tuple[str, str, str]:
    """(the absolute path to explain, the root's real path, the path as the file browser names
    it); Refused with a sentence, or Unanswered when the root's own lookup stalled.

    Blocking (the root may lie on a network mount): call it off the event loop. The path asked
    for is taken as it is: spaces kept, a backslash an ordinary character, a trailing '/' kept
    (the lookup then asks for a directory, as the kernel does).
    """
    if "\x00" in requested:
        raise Refused("The path holds a NUL character.")
    parts = [part for part in requested.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise Refused("A path with '..' is not explained: name it from the file browser's root.")
    root = os.path.abspath(root_dir)
    try:
        with reader.lookup(root, what="Resolving the file browser's root") as found:
            if not found.complete:
                raise Refused("The file browser's root could not be looked up on this server.")
            real_root = found.resolved
    except read.Stalled as error:
        raise Unanswered(str(error), requested) from error
    except read.ReadError as error:
        raise Refused(f"The file browser's root could not be looked up: {error}") from error
    if requested.startswith("/"):
        candidate = os.path.normpath(requested)
        inside = [base for base in (root, real_root) if inside_root(candidate, base)]
        if not inside:
            raise Refused(
                "Only paths inside the file browser's root are explained here; "
                "`jupyter isolation-info explain PATH` in a terminal explains any path."
            )
        relative = os.path.relpath(candidate, inside[0])
        relative = "" if relative == "." else relative
        if requested.endswith("/") and relative:
            relative += "/"
    else:
        relative = requested
    if not allow_hidden and _hidden(relative):
        raise Refused(HIDDEN)
    # From the root's real path: its parents are looked at only on the way down to it.
    candidate = real_root.rstrip("/") + "/" + relative if relative else real_root
    return candidate, real_root, relative.rstrip("/") or "the file browser's root"


def explain_in_root(
    root_dir: str, requested: str, allow_hidden: bool, reader: read.PathReader | None = None
) -> dict:
    """The server's answer for a path the file browser names: confined to its root."""
    reader = reader or read.PathReader()
    try:
        path, real_root, named = locate(root_dir, requested, allow_hidden, reader)
    except Unanswered as stalled:
        # Unknown, with the reason: every operation null, no walk, nothing resolved.
        return unanswered(stalled.path, str(stalled), reader)
    try:
        answer = explain(path, reader, confine=real_root, show_hidden=allow_hidden, named=named)
    except walk.LeftRoot:
        # Not chained: the path outside the root, which LeftRoot names, reaches no log.
        raise Refused(LEFT_ROOT) from None
    resolved = answer["resolved"]
    if not allow_hidden and resolved and _hidden(resolved[len(real_root) :]):
        raise Refused(
            "This path leads to a hidden file, which this server does not show "
            "(ContentsManager.allow_hidden is off)."
        )
    return answer


class ExplainService:
    """Explanations run on a pool of their own; callers asking for the same path share one."""

    def __init__(self, contents_manager):
        self._contents_manager = contents_manager
        self._in_flight: dict[str, asyncio.Future] = {}
        self._pool = ThreadPoolExecutor(
            max_workers=EXPLAIN_THREADS, thread_name_prefix="isolation-info explain"
        )
        # How many explanations have started: what single-flighting saves is countable.
        self.started = 0

    @property
    def in_flight(self) -> int:
        """Distinct paths being explained or waiting for a thread now."""
        return len(self._in_flight)

    async def explain(self, requested: str) -> Explained:
        """The explanation of a path the file browser names: Refused with a sentence for a path
        this server does not explain, TooMany past MAX_IN_FLIGHT distinct paths at once."""
        manager = self._contents_manager
        root_dir = getattr(manager, "root_dir", None)
        if not root_dir:
            raise Refused("This server's contents manager has no root directory on disk.")
        key = requested
        if key in self._in_flight:
            return await asyncio.shield(self._in_flight[key])
        if len(self._in_flight) >= MAX_IN_FLIGHT:
            raise TooMany(len(self._in_flight))
        allow_hidden = bool(getattr(manager, "allow_hidden", False))
        loop = asyncio.get_running_loop()
        self._in_flight[key] = loop.run_in_executor(
            self._pool, self._explain_blocking, root_dir, requested, allow_hidden
        )
        self.started += 1
        try:
            return await asyncio.shield(self._in_flight[key])
        finally:
            self._in_flight.pop(key, None)

    def close(self) -> None:
        """Stop taking explanations (at the server's shutdown); none is waited for."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    @staticmethod
    def _explain_blocking(root_dir: str, requested: str, allow_hidden: bool) -> Explained:
        return Explained.of(explain_in_root(root_dir, requested, allow_hidden))
