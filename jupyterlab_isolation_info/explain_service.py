"""One path's explanation for the server: only inside the file browser's root, off the loop,
single-flighted per path.

The browser names a path as the file browser does (relative to ``ContentsManager.root_dir``,
or absolute inside it). It is resolved here, on the server, before anything is explained:
``..``, an absolute path elsewhere and a symbolic link that leads out of the root are refused
with a sentence; hidden names are refused unless the contents manager shows them.
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass, field

from .collector import read, render_explain
from .collector.explain import explain, unanswered


class Refused(Exception):
    """The path is not one this server explains; the message is the sentence to show."""


class Unanswered(Exception):
    """Resolving the path did not answer in time (a stalled mount): nothing is known of it,
    which is an answer, not a refusal. ``path`` is what was asked for, absolute."""

    def __init__(self, sentence: str, path: str):
        super().__init__(sentence)
        self.path = path


@dataclass(frozen=True)
class Explained:
    answer: dict = field(repr=False)
    json: bytes = field(repr=False)
    markdown: bytes = field(repr=False)

    @classmethod
    def of(cls, answer: dict) -> Explained:
        return cls(
            answer=answer,
            json=json.dumps(answer, allow_nan=False).encode("utf-8"),
            markdown=render_explain.to_markdown(answer).encode("utf-8"),
        )


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/") if part not in ("", "."))


def inside_root(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def _resolve(reader: read.Reader, path: str, named: str) -> str:
    """os.path.realpath under the Reader's guard; a stalled path is Unanswered, a path that
    cannot be resolved otherwise is refused.

    The sentence names the path as the file browser does (``named``), never the server's
    absolute root.
    """
    try:
        return reader._call(
            lambda: os.path.realpath(path, strict=False), f"resolving {named}", path
        )
    except read.Stalled as error:
        sentence = str(error)
        raise Unanswered(sentence[:1].upper() + sentence[1:], path) from None
    except read.ReadError as error:
        raise Refused(f"The path could not be resolved: {error}") from None
    except OSError as error:
        raise Refused(
            f"The path could not be resolved: resolving {named} failed "
            f"({error.strerror or type(error).__name__})."
        ) from None


def locate(
    root_dir: str, requested: str, allow_hidden: bool, reader: read.Reader
) -> tuple[str, str]:
    """The absolute path to explain and the resolved root; Refused with a sentence, or
    Unanswered when resolving it stalled.

    Blocking (realpath may wait on a network mount): call it off the event loop.

    The answer explains the path as named (its walk shows each symlink), but only once the
    fully resolved path is known to lie inside the resolved root.
    """
    if "\x00" in requested:
        raise Refused("The path holds a NUL character.")
    parts = [part for part in requested.replace("\\", "/").split("/") if part not in ("", ".")]
    if ".." in parts:
        raise Refused("A path with '..' is not explained: name it from the file browser's root.")
    root = os.path.abspath(root_dir)
    real_root = _resolve(reader, root, "the file browser's root")
    if requested.startswith("/"):
        candidate = os.path.normpath(requested)
        inside = [base for base in (root, real_root) if inside_root(candidate, base)]
        if not inside:
            raise Refused(
                "Only paths inside the file browser's root are explained here; "
                "`jupyter isolation-info explain PATH` in a terminal explains any path."
            )
        relative = os.path.relpath(candidate, inside[0])
    else:
        relative = "/".join(parts)
        candidate = os.path.join(root, relative) if relative else root
    if not allow_hidden and _hidden(relative):
        raise Refused(
            "Hidden files are not shown by this server (ContentsManager.allow_hidden is off)."
        )
    resolved = _resolve(reader, candidate, relative or "the file browser's root")
    if not inside_root(resolved, real_root):
        raise Refused(
            "This path leads out of the file browser's root (through a symbolic link); it "
            "is not explained here."
        )
    if not allow_hidden and _hidden(os.path.relpath(resolved, real_root)):
        raise Refused(
            "This path leads to a hidden file, which this server does not show "
            "(ContentsManager.allow_hidden is off)."
        )
    return candidate, real_root


class ExplainService:
    """Explanations run in worker threads; callers asking for the same path share one."""

    def __init__(self, contents_manager):
        self._contents_manager = contents_manager
        self._in_flight: dict[str, asyncio.Future] = {}
        # How many explanations have started: what single-flighting saves is countable.
        self.started = 0

    async def explain(self, requested: str) -> Explained:
        manager = self._contents_manager
        root_dir = getattr(manager, "root_dir", None)
        if not root_dir:
            raise Refused("This server's contents manager has no root directory on disk.")
        key = requested
        if key in self._in_flight:
            return await asyncio.shield(self._in_flight[key])
        allow_hidden = bool(getattr(manager, "allow_hidden", False))
        self._in_flight[key] = asyncio.ensure_future(
            asyncio.to_thread(self._explain_blocking, root_dir, requested, allow_hidden)
        )
        self.started += 1
        try:
            return await asyncio.shield(self._in_flight[key])
        finally:
            self._in_flight.pop(key, None)

    @staticmethod
    def _explain_blocking(root_dir: str, requested: str, allow_hidden: bool) -> Explained:
        reader = read.PathReader()
        try:
            path, real_root = locate(root_dir, requested, allow_hidden, reader)
        except Unanswered as stalled:
            # Unknown, with the reason: every operation null, no walk, nothing resolved,
            # so nothing is shown of where the path might lead.
            return Explained.of(unanswered(stalled.path, str(stalled), reader))
        answer = explain(path, reader)
        # A symlink swapped between the check and the walk must not show what lies outside.
        if answer["resolved"] is not None and not inside_root(answer["resolved"], real_root):
            raise Refused(
                "This path changed to lead out of the file browser's root while it was "
                "explained; it is not shown."
            )
        return Explained.of(answer)
