"""A process's state from /proc/<pid>/: status, the id maps, mountinfo and the ids they give.

Each part is read and parsed once, the first time a section asks for it, under one guard: any
failure, a read error, a line no parser foresaw or a parser's own bug, leaves the part unknown
(None) and a sentence in ``errors`` under the part's name. A section that needs the part shows
that sentence; the sections that do not are untouched, and the report is still built.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import NamedTuple, TypeVar

from . import errors, parse, read

T = TypeVar("T")


class Ids(NamedTuple):
    """Real uid, real gid and supplementary groups: what `id` prints."""

    uid: int
    gid: int
    groups: list[int]


def failure_sentence(what: str, error: BaseException) -> str:
    """The sentence for a failure: a read or parse error's own sentence, else what went wrong."""
    if isinstance(error, (read.ReadError, ValueError)):
        return str(error)
    return f"{what} could not be understood: {type(error).__name__}: {error}."


class ProcessState:
    """/proc/<pid> text of one process, read and parsed once per report, each part on its own."""

    def __init__(self, reader: read.Reader, pid: int | str = "self"):
        self.reader = reader
        self.pid = pid
        self.errors: dict[str, str] = {}

    def _guarded(self, part: str, what: str, compute: Callable[[], T]) -> T | None:
        try:
            return compute()
        except Exception as error:  # any failure costs this part only
            self.errors[part] = failure_sentence(what, error)
            if not isinstance(error, (read.ReadError, ValueError)):  # no reader foresaw it
                errors.log_once(f"{what} could not be understood", error)
            return None

    def _parsed(self, name: str, parser: Callable[[str], T]) -> T | None:
        return self._guarded(
            name,
            f"/proc/{self.pid}/{name}",
            lambda: parser(self.reader.proc_text(name, self.pid)),
        )

    @functools.cached_property
    def status(self) -> dict[str, str] | None:
        return self._parsed("status", parse.parse_status)

    @functools.cached_property
    def uid_map(self) -> list[dict] | None:
        return self._parsed("uid_map", parse.parse_id_map)

    @functools.cached_property
    def gid_map(self) -> list[dict] | None:
        return self._parsed("gid_map", parse.parse_id_map)

    @functools.cached_property
    def mounts(self) -> list[dict] | None:
        if self.pid == "self" and self.reader.live:
            # The Reader parses this process's own table anyway, to tell local paths apart.
            return self._guarded("mountinfo", "/proc/self/mountinfo", self.reader.own_mountinfo)
        return self._parsed("mountinfo", parse.parse_mountinfo)

    @functools.cached_property
    def status_ids(self) -> Ids | None:
        """The ids in status; None (a sentence under ``ids``) when status does not give them."""
        status = self.status
        if status is None:
            self.errors["ids"] = self.errors["status"]
            return None

        def ids() -> Ids | None:
            uids = parse.status_ids(status.get("Uid"))
            gids = parse.status_ids(status.get("Gid"))
            groups = parse.status_groups(status.get("Groups"))
            if uids is None or gids is None or groups is None:
                return None
            return Ids(uids[0], gids[0], groups)

        found = self._guarded("ids", f"The ids in /proc/{self.pid}/status", ids)
        if found is None and "ids" not in self.errors:
            self.errors["ids"] = f"/proc/{self.pid}/status has no Uid, Gid or Groups line."
        return found

    @functools.cached_property
    def ids(self) -> Ids:
        """This process's ids: from status, or from its own calls when status does not give them
        (the same facts, asked another way). Only for ``self``."""
        found = self.status_ids
        if found is not None:
            return found
        return Ids(os.getuid(), os.getgid(), os.getgroups())

    def map_to_host(self, inside_id: int | None, which: str = "uid_map") -> int | None:
        """The host id of an id of this namespace; None when unknown (the map unreadable too)."""
        lines = getattr(self, which)
        return None if lines is None else parse.map_to_host(inside_id, lines)

    def mount_facts(self, path: str) -> tuple[str | None, str | None, bool | None]:
        """(file system, mount source, read-only) of the mount that holds path; unknown: None."""
        if not self.mounts:
            return None, None, None
        mount = parse.mount_for_path(self.mounts, self.reader.real_path(path))
        if mount is None:
            return None, None, None
        return mount["filesystem"], mount["mount_source"], parse.is_read_only(mount)
