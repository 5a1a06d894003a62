"""The collector's one door to the outside world: files, stat, the user database and sudo.

Every file-system call of a collection goes through a ``Reader``. A call that can stall (a hard
NFS or EFS mount whose server is gone blocks ``stat`` and ``open`` for ever; an LDAP-backed
user database can hang too) runs under the time guard (``guard``), decided by where its path
leads; ``/proc``, ``/sys`` and local file systems, which this process's mountinfo tells apart
from network ones, are read directly, as a guard would cost more than the call. Every failure
is raised as a typed error of ``errors`` (``NotFound``, ``PermissionDenied``, ``Stalled``…)
carrying its path and errno, chained to the OSError it came from; ``errors.sentence`` alone
puts it into words.

A ``Reader`` serves one collection. The roots it reads (``/proc``, the passwd and group files)
are parameters, so a directory of captured kernel text reproduces a whole report.
"""

from __future__ import annotations

import datetime
import errno
import fcntl
import functools
import grp
import logging
import os
import pwd
import stat
import struct
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from . import errors, parse, walk
from .errors import (
    Changed,
    DanglingSymlink,
    NotARegularFile,
    NotCaptured,
    NotFound,
    NotHeld,
    NotText,
    PermissionDenied,
    ReadError,
    Stalled,
    SymlinkLoop,
    TooLarge,
)
from .guard import GUARD_TIMEOUT, with_timeout
from .parse import MAX_METADATA_BYTES

__all__ = [
    "GUARD_TIMEOUT",
    "Changed",
    "DanglingSymlink",
    "Facts",
    "NotARegularFile",
    "NotCaptured",
    "NotFound",
    "NotHeld",
    "NotText",
    "PathReader",
    "PermissionDenied",
    "ReadError",
    "Reader",
    "Roots",
    "Stalled",
    "StatFacts",
    "SymlinkLoop",
    "TooLarge",
    "UserEntry",
    "now_utc",
    "sudo_check",
]

T = TypeVar("T")


def now_utc() -> str:
    """The time now as the reports carry it (ISO 8601, seconds, UTC, 'Z'): the clock is the
    outside world too."""
    return (
        datetime.datetime.now(datetime.timezone.utc)
        .isoformat(timespec="seconds")
        .replace("+00:00", "Z")
    )


@dataclass(frozen=True)
class Roots:
    """Where a collection reads from. The defaults are this machine's."""

    proc: str = "/proc"
    # The directory with the status, id maps and mountinfo of the process described;
    # None: <proc>/self.
    process: str | None = None
    # None: the system's user database through NSS, as `id` and `ls -l` use it.
    passwd: str | None = None
    group: str | None = None
    # Where absolute paths (the metadata file, the home) are looked up: "/" on a live machine,
    # a directory of captured files otherwise. Reports name the paths as given, without it.
    fs: str = "/"
    # A file of `stat -c '%n|%u|%g|%f'` lines standing in for stat() of the paths it names
    # (captured facts of another machine); None: stat the live file system.
    stat_snapshot: str | None = None
    # The environment variables the report may look at; None: this process's own.
    environ: Mapping[str, str] | None = None


class StatFacts(NamedTuple):
    uid: int
    gid: int
    mode: int  # st_mode, file type bits included


class UserEntry(NamedTuple):
    name: str
    home: str


_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)


def _read_bytes_now(path: str, limit: int) -> bytes:
    """A regular file's bytes, at most ``limit``; anything else is a ReadError.

    O_NONBLOCK keeps open() of a FIFO from waiting for a writer; fstat then refuses it.
    Reads ``limit + 1`` bytes so an oversized file is noticed without reading all of it.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.islink(path):
            target = os.readlink(path)
            raise DanglingSymlink(path, error.errno, target=target) from error
        raise errors.from_oserror(path, error) from error
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(path, mode=mode)
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 65536))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise errors.from_oserror(path, error) from error
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise TooLarge(path, limit=limit)
    return data


def _decode(path: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotText(path) from error


SUDO_PATHS = ("/usr/bin/sudo", "/bin/sudo", "/usr/local/bin/sudo", "/usr/sbin/sudo")
SUDO_TIMEOUT = 1.0


# File systems whose calls answer from memory or a local disk: read directly. Any other
# (nfs, nfs4, cifs, smb3, fuse.*, 9p, ceph, glusterfs, autofs, which may mount one, …) may wait
# on a network for ever, and its calls run under the guard.
LOCAL_FILESYSTEMS = frozenset(
    {
        "bpf",
        "btrfs",
        "cgroup",
        "cgroup2",
        "configfs",
        "debugfs",
        "devpts",
        "devtmpfs",
        "ext2",
        "ext3",
        "ext4",
        "f2fs",
        "hugetlbfs",
        "mqueue",
        "nsfs",
        "overlay",
        "proc",
        "pstore",
        "ramfs",
        "securityfs",
        "squashfs",
        "sysfs",
        "tmpfs",
        "tracefs",
        "vfat",
        "xfs",
        "zfs",
    }
)
# Kernel file systems, read directly wherever mountinfo puts them.
KERNEL_PATHS = ("/proc", "/sys")
# NSS sources that answer from local files (nss-systemd asks a local socket, which fails at once
# when nothing listens there). Any other (ldap, sss, winbind, nis…) is guarded.
LOCAL_NSS_SOURCES = frozenset({"files", "compat", "systemd"})
NSSWITCH = "/etc/nsswitch.conf"
OWN_MOUNTINFO = "/proc/self/mountinfo"
_NO_MOUNT_TABLE = (
    "This process's mount table could not be read; every call outside /proc and /sys is guarded"
)


# How many paths a Reader remembers may_stall's answer for.
MEMO_SIZE = 4096


class _MountTable(NamedTuple):
    """This process's mountinfo text, parsed, and the stall answers learnt from it."""

    text: str
    mounts: list[dict]
    may_stall: dict[str, bool]
    subtree_stall: dict[str, bool]


_last_mount_table: _MountTable | None = None


class Reader:
    """One collection's reads, from the given roots; a call that may stall runs under the guard."""

    def __init__(self, roots: Roots | None = None, timeout: float = GUARD_TIMEOUT):
        self.roots = roots or Roots()
        self.timeout = timeout
        self._passwd: dict[int, tuple[str, str]] | None = None
        self._group: dict[int, str] | None = None
        self._snapshot: dict[str, StatFacts] | None = None
        self._own_mounts: tuple[list[dict] | None, Exception | None] | None = None
        self._nss_local: bool | None = None
        self._users: dict[int, UserEntry | None] = {}
        self._groups: dict[int, str | None] = {}
        self._may_stall: dict[str, bool] = {}
        self._subtree_stall: dict[str, bool] = {}
        self._leads: dict[str, bool] = {}
        self._plain_paths: set[str] = set()  # no link and nothing that may stall on the way

    @property
    def live(self) -> bool:
        """True when this Reader describes this very process on this machine (default roots)."""
        return self.roots.process is None and self.roots.proc == "/proc"

    def own_mountinfo(self) -> list[dict]:
        """This process's mount table, read once per Reader; raises as the read or parse does.

        Parsed once per distinct text: while the mounts stay the same, every collection shares
        the parsed table and what ``may_stall`` learnt of it (the answers depend on nothing
        else). The parsed mounts are read, never changed.
        """
        global _last_mount_table
        if self._own_mounts is None:
            try:
                text = _decode(OWN_MOUNTINFO, _read_bytes_now(OWN_MOUNTINFO, MAX_METADATA_BYTES))
                table = _last_mount_table
                if table is None or table.text != text:
                    table = _MountTable(text, parse.parse_mountinfo(text), {}, {})
                    _last_mount_table = table
                self._own_mounts = (table.mounts, None)
                self._may_stall, self._subtree_stall = table.may_stall, table.subtree_stall
            except Exception as error:  # kept, and raised to each caller that asks
                self._own_mounts = (None, error)
        mounts, error = self._own_mounts
        if error is not None:
            raise error
        return mounts  # type: ignore[return-value]

    def may_stall(self, located: str) -> bool:
        """Whether a call on this path of this machine may wait on a network: anything but
        /proc, /sys and a path on a local file system. Unknown counts as may stall.

        Judged by where the path lies, as mountinfo tells: a symbolic link on a local file
        system that leads onto a network one is not followed to find out (that would be the
        call that may stall).
        """
        # The answer depends only on the path and this Reader's mount table, read once: it is
        # remembered (a walk asks for every component, an explanation for the same ones again).
        known = self._may_stall.get(located)
        if known is not None:
            return known
        absolute = os.path.abspath(located)  # relative to the working directory, no I/O
        if any(walk.inside(absolute, root) for root in KERNEL_PATHS):
            answer = False
        else:
            mount = self._mount_for(absolute)
            answer = mount is None or mount["filesystem"] not in LOCAL_FILESYSTEMS
        if located.startswith("/"):  # a relative path's answer follows the working directory
            if len(self._may_stall) >= MEMO_SIZE:
                self._may_stall.clear()
            self._may_stall[located] = answer
        return answer

    def _mount_for(self, absolute: str) -> dict | None:
        """The mount of this machine that holds the path; None when there is none or the mount
        table cannot be read or used (logged once: every call outside /proc and /sys is then
        guarded, as a network mount's)."""
        try:
            return parse.mount_for_path(self.own_mountinfo(), absolute)
        except Exception as error:  # any failure here costs the guard's time, not a section
            errors.log_once(_NO_MOUNT_TABLE, error)
            return None

    def stall_key(self, located: str) -> str:
        """What a stuck call marks as stalled: the mount point of the file system that holds
        the path (a dead mount costs one guard, whatever path is asked there), else the path."""
        mount = self._mount_for(os.path.abspath(located))
        if mount is None or mount["filesystem"] in LOCAL_FILESYSTEMS:
            return located
        return mount["mount_point"]

    def leads_to_stall(self, located: str) -> bool:
        """Whether a call on this path may wait on a network: the path lies on such a file
        system, or a symbolic link on its way leads onto one (the lookup stops before the
        component that may stall, so finding out never waits)."""
        known = self._leads.get(located)
        if known is not None:
            return known
        absolute = os.path.abspath(located)
        if absolute.startswith(("/proc/", "/sys/")) or absolute in KERNEL_PATHS:
            return False  # kernel memory: its own links (/proc/self) lead nowhere that stalls
        if self.may_stall(located):
            return True
        if walk.without_symlinks(absolute):
            answer = False  # the path as asked is where it leads, and may_stall said no
        else:
            try:
                with walk.Lookup(located, held=False) as found:
                    answer = found.advance(self.may_stall) is not None
            except (OSError, walk.LeftRoot) as error:  # where it leads is unknown: guarded
                errors.log_once(
                    f"Where {located} leads could not be looked up", error, logging.DEBUG
                )
                answer = True
        if located.startswith("/"):
            if len(self._leads) >= MEMO_SIZE:
                self._leads.clear()
            self._leads[located] = answer
        return answer

    def _plain(self, located: str) -> bool:
        """An absolute, normal path that meets no link and no file system that may stall on its
        way: each folder on it lies on a local one (as a lookup checks before each step) and one
        openat2 that stops at a link, never following it, says no link is there. Remembered,
        and given to leads_to_stall (no stall there either) for the calls that follow."""
        if located in self._plain_paths:
            return True
        parts = located.split("/")
        on_the_way = ("/".join(parts[:end]) or "/" for end in range(1, len(parts) + 1))
        if any(self.may_stall(folder) for folder in on_the_way):
            return False
        if not walk.without_symlinks(located):
            return False
        for memo in (self._leads, self._plain_paths):
            if len(memo) >= MEMO_SIZE:
                memo.clear()
        self._leads[located] = False
        self._plain_paths.add(located)
        return True

    def call(self, function: Callable[[], T], what: str, path: str, located: str = "") -> T:
        """``function`` directly when nothing on the way to ``located`` (default ``path``) may
        stall, else on a worker under the guard."""
        located = located or path
        if not self.leads_to_stall(located):
            return function()
        return with_timeout(function, self.timeout, what, self.stall_key(located))

    def _held(
        self,
        lookup: walk.Lookup,
        function: Callable[[], T],
        what: str,
        located: str,
        subtree: bool = False,
        timeout: float | None = None,
    ) -> T:
        """``function`` (which uses the lookup's descriptors) directly where nothing it touches
        may stall, else on a worker under the guard, the descriptors kept open for it."""
        stalls = self._subtree_may_stall(located) if subtree else self.may_stall(located)
        try:
            if not stalls:
                return function()

            def held() -> T:
                if not lookup.retain():  # the caller gave up before this call started
                    raise Stalled(located, what=what, given_up=True)
                try:
                    return function()
                finally:
                    lookup.release()

            return with_timeout(held, timeout or self.timeout, what, self.stall_key(located))
        except OSError as error:
            raise errors.from_oserror(located, error) from error

    def _subtree_may_stall(self, path: str) -> bool:
        """The path, or a mount below it (a directory's entries include mount points), lies
        on a file system that may stall."""
        if self.may_stall(path):
            return True
        known = self._subtree_stall.get(path)
        if known is not None:
            return known
        located = os.path.abspath(path)
        try:
            mounts = self.own_mountinfo()
        except Exception as error:  # unknown: guarded
            errors.log_once(_NO_MOUNT_TABLE, error)
            return True
        answer = any(
            (located == "/" or walk.inside(mount["mount_point"], located))
            and mount["filesystem"] not in LOCAL_FILESYSTEMS
            for mount in mounts
        )
        if path.startswith("/"):
            if len(self._subtree_stall) >= MEMO_SIZE:
                self._subtree_stall.clear()
            self._subtree_stall[path] = answer
        return answer

    def lookup(
        self,
        path: str,
        follow_last: bool = True,
        confine: str | None = None,
        what: str | None = None,
        held: bool = True,
    ) -> walk.Lookup:
        """The path looked up from '/', directly while every component lies on a local file
        system; from the first that may stall (a symlink onto NFS, a mount point), the rest
        under the guard. The caller closes it (``with reader.lookup(...) as found``).

        Raises Stalled when the rest did not answer, ReadError when '/' cannot be opened and
        walk.LeftRoot when a confined lookup would leave its root.
        """
        found = walk.Lookup(path, follow_last, confine, held)
        try:
            pause = found.advance(self.may_stall)
            if pause is not None:
                self._held(found, found.advance, what or f"the lookup of {path}", pause)
        except OSError as error:
            found.close()
            raise errors.from_oserror(path, error) from error
        except BaseException:
            found.close()
            raise
        return found

    def _user_database_may_stall(self) -> bool:
        if self._nss_local is None:
            try:
                text = _decode(
                    NSSWITCH,
                    self.call(
                        lambda: _read_bytes_now(NSSWITCH, 65536), f"reading {NSSWITCH}", NSSWITCH
                    ),
                )
            except NotFound:
                text = ""  # glibc then uses its built-in default: local files
            except ReadError as error:
                errors.log_once(
                    f"{NSSWITCH} could not be read; user database lookups are guarded", error
                )
                text = None
            if text is None:
                self._nss_local = False
            else:
                sources = {*parse.nss_sources(text, "passwd"), *parse.nss_sources(text, "group")}
                self._nss_local = sources <= LOCAL_NSS_SOURCES
        return not self._nss_local

    def _lookup(self, function: Callable[[], T], what: str) -> T:
        """A user database call: directly when NSS reads only local files, else guarded."""
        if not self._user_database_may_stall():
            return function()
        return with_timeout(function, self.timeout, what, "")

    # --- files ---------------------------------------------------------------

    def fs_path(self, path: str) -> str:
        """Where an absolute path of the machine described lies under the ``fs`` root."""
        if self.roots.fs == "/":
            return path
        return os.path.join(self.roots.fs, path.lstrip("/"))

    def _read_bytes(self, located: str, limit: int, shown: str) -> bytes:
        """The bytes at ``located``; errors name ``shown``, where the machine described has
        the file."""
        try:
            return self.call(
                lambda: _read_bytes_now(located, limit), f"reading {shown}", shown, located
            )
        except ReadError as error:
            if shown == located:
                raise
            raise error.shown_as(shown) from error

    def read_bytes(self, path: str, limit: int = MAX_METADATA_BYTES) -> bytes:
        """A file of the machine described, e.g. the metadata file; errors name ``path``."""
        return self._read_bytes(self.fs_path(path), limit, path)

    def _read_text(self, located: str, shown: str | None = None) -> str:
        shown = shown or located
        return _decode(shown, self._read_bytes(located, MAX_METADATA_BYTES, shown))

    def read_text(self, path: str) -> str:
        """A UTF-8 text file of the machine described (a /proc or /sys file reports size 0 but
        is read whole); errors name ``path``."""
        return _decode(path, self.read_bytes(path))

    def proc_path(self, name: str, pid: int | str = "self") -> str:
        if pid == "self" and self.roots.process:
            return os.path.join(self.roots.process, name)
        return os.path.join(self.roots.proc, str(pid), name)

    def proc_text(self, name: str, pid: int | str = "self") -> str:
        """/proc/<pid>/<name>; errors name it so, wherever the roots put it."""
        return self._read_text(self.proc_path(name, pid), f"/proc/{pid}/{name}")

    def kernel_text(self, path: str, limit: int = 65536) -> str:
        """A small file of a kernel file system (cgroupfs, sysfs) under the ``fs`` root.

        These are served from kernel memory and cannot stall like a network mount, so no guard
        thread is started: a cgroup section costs a handful of reads, not a thread each.
        Errors name ``path`` as the machine described has it.
        """
        return _decode(path, self._read_kernel_bytes(self.fs_path(path), limit, path))

    def proc_kernel_text(self, name: str, pid: int | str = "self") -> str:
        """/proc/<pid>/<name>, or /proc/<name> with ``pid`` None, without a guard thread (procfs
        is kernel memory: it cannot stall). Errors name the /proc path."""
        if pid is None:
            located, shown = os.path.join(self.roots.proc, name), f"/proc/{name}"
        else:
            located, shown = self.proc_path(name, pid), f"/proc/{pid}/{name}"
        return _decode(shown, self._read_kernel_bytes(located, MAX_METADATA_BYTES, shown))

    @staticmethod
    def _read_kernel_bytes(located: str, limit: int, shown: str) -> bytes:
        """A kernel file system's file, unguarded; errors name ``shown``."""
        try:
            return _read_bytes_now(located, limit)
        except ReadError as error:
            if shown == located:
                raise
            raise error.shown_as(shown) from error

    def sysctl_int(self, name: str) -> int | None:
        """A number from /proc/sys/kernel (cap_last_cap, overflowuid); None when unreadable."""
        try:
            value = self._read_text(os.path.join(self.roots.proc, "sys", "kernel", name)).strip()
        except ReadError as error:
            errors.log_once(f"kernel.{name} is unknown", error)
            return None
        return int(value) if value.isdigit() else None

    def process_exists(self, pid: int) -> bool:
        return self.call(
            lambda: os.path.isdir(os.path.join(self.roots.proc, str(int(pid)))),
            f"looking up process {pid}",
            self.roots.proc,
        )

    # --- stat ----------------------------------------------------------------

    def _snapshot_entry(self, path: str) -> StatFacts:
        if self._snapshot is None:
            text = self._read_text(self.roots.stat_snapshot)  # type: ignore[arg-type]
            self._snapshot = {
                name: StatFacts(uid, gid, mode)
                for name, uid, gid, mode in parse.parse_stat_snapshot(text)
            }
        if path not in self._snapshot:
            raise NotFound(path, errno.ENOENT, doing=errors.STAT)
        return self._snapshot[path]

    def stat(self, path: str) -> StatFacts:
        """Owner and mode of a path, following symbolic links."""
        if self.roots.stat_snapshot:
            return self._snapshot_entry(path)
        located = self.fs_path(path)
        try:
            info = self.call(lambda: os.stat(located), f"stat of {path}", path, located)
        except OSError as error:
            raise errors.from_oserror(path, error, errors.STAT) from error
        return StatFacts(info.st_uid, info.st_gid, info.st_mode)

    def statvfs(self, path: str) -> os.statvfs_result:
        """statvfs(3) of the file system holding path, under the guard (a hard NFS mount whose
        server is gone never answers)."""
        if self.roots.stat_snapshot:
            raise NotCaptured(path, question=f"statvfs of {path}")
        located = self.fs_path(path)
        try:
            return self.call(lambda: os.statvfs(located), f"statvfs of {path}", path, located)
        except OSError as error:
            raise errors.from_oserror(path, error) from error

    def statvfs_read_only(self, path: str) -> bool:
        """True when the file system holding path is mounted read-only (statvfs ST_RDONLY)."""
        return bool(self.statvfs(path).f_flag & os.ST_RDONLY)

    def real_path(self, path: str) -> str:
        """The path with symbolic links resolved; the path itself when that cannot be done."""
        if self.roots.stat_snapshot or self.roots.fs != "/":
            return path
        # Most paths meet no link: one openat2 says so, and the path is its own answer.
        normal = (
            path.startswith("/") and not path.startswith("//") and path == os.path.normpath(path)
        )
        if normal and self._plain(path):
            return path
        try:
            with self.lookup(path, held=False) as found:
                return found.resolved if found.complete else path
        except (ReadError, OSError) as error:
            errors.log_once(f"The symbolic links of {path} could not be resolved", error)
            return path

    def lexists(self, path: str) -> bool | None:
        """Whether anything, a dangling symbolic link included, is at path; None if unknown."""
        if self.roots.stat_snapshot:
            return path in (self._snapshot or {}) or None
        located = self.fs_path(path)
        try:
            return self.call(lambda: os.path.lexists(located), f"looking at {path}", path, located)
        except ReadError as error:
            errors.log_once(f"Whether {path} exists is unknown", error)
            return None

    # --- identity ------------------------------------------------------------

    def user_by_uid(self, uid: int) -> UserEntry | None:
        """Name and home from the user database; None when the uid has no entry."""
        if self.roots.passwd:
            if self._passwd is None:
                self._passwd = parse.parse_passwd(self._read_text(self.roots.passwd))
            found = self._passwd.get(uid)
            return UserEntry(*found) if found else None
        if uid in self._users:  # one answer per collection
            return self._users[uid]

        def lookup():
            try:
                entry = pwd.getpwuid(uid)
            except KeyError:
                return None
            return UserEntry(entry.pw_name, entry.pw_dir)

        self._users[uid] = self._lookup(lookup, f"the user database lookup of uid {uid}")
        return self._users[uid]

    def group_name(self, gid: int) -> str | None:
        if self.roots.group:
            if self._group is None:
                self._group = parse.parse_group(self._read_text(self.roots.group))
            return self._group.get(gid)
        if gid in self._groups:
            return self._groups[gid]

        def lookup():
            try:
                return grp.getgrgid(gid).gr_name
            except KeyError:
                return None

        self._groups[gid] = self._lookup(lookup, f"the group database lookup of gid {gid}")
        return self._groups[gid]

    def sudo(self, uid: int, run: bool = True) -> tuple[str, str | None]:
        """(answer, sentence) of the sudo check, run once per process and uid (cached).

        With ``run`` false (a report of captured files) sudo is not run and the answer is
        unknown.
        """
        if uid == 0:
            return "yes", "This process runs as root; it needs no sudo."
        if not run:
            return "unknown", None
        sudo = next((path for path in SUDO_PATHS if self.lexists(path)), None)
        if sudo is None:
            return "no", "sudo is not installed."
        return sudo_check_cached(uid, self.fs_path(sudo))

    # --- mounts, credentials, context and walls -------------------------------

    @property
    def captured(self) -> bool:
        """True when stat facts come from a snapshot of another machine, not from this one."""
        return bool(self.roots.stat_snapshot)

    def lstat(self, path: str) -> StatFacts | None:
        """Owner and mode of the path itself (a symlink is not followed); None when absent."""
        if self.roots.stat_snapshot:
            raise NotCaptured(path, question=f"Whether {path} exists")
        try:
            located = self.fs_path(path)
            info = self.call(lambda: os.lstat(located), f"lstat of {path}", path, located)
        except OSError as error:
            if error.errno in (errno.ENOENT, errno.ENOTDIR):
                return None
            raise errors.from_oserror(path, error) from error
        return StatFacts(info.st_uid, info.st_gid, info.st_mode)

    def link_target(self, path: str) -> str:
        try:
            located = self.fs_path(path)
            return self.call(lambda: os.readlink(located), f"readlink of {path}", path, located)
        except OSError as error:
            raise errors.from_oserror(path, error) from error

    def writable(self, path: str) -> bool:
        """access(W_OK) for the real uid and groups: asks the kernel, never attempts a write."""
        if self.roots.stat_snapshot:
            raise NotCaptured(path, question=f"Whether {path} is writable")
        located = self.fs_path(path)
        try:
            return self.call(
                lambda: os.access(located, os.W_OK), f"access check of {path}", path, located
            )
        except OSError as error:
            raise errors.from_oserror(path, error) from error

    def security_label(self) -> str | None:
        """This process's AppArmor or SELinux label as the kernel prints it; None when no LSM
        that labels processes answers (EINVAL) or the file is absent."""
        for name in ("attr/current", "attr/apparmor/current"):
            try:
                return self.proc_text(name).strip("\x00\n ")
            except ReadError as error:  # EINVAL: no LSM that labels processes; the next file
                errors.log_once("No security label", error, logging.DEBUG)
                continue
        return None

    def environment_present(self, name: str) -> bool:
        """Whether a variable is set; its value is never looked at."""
        return name in (os.environ if self.roots.environ is None else self.roots.environ)

    def environment_allowlisted(self, names: tuple[str, ...]) -> dict[str, str]:
        """Values of the given variables, which the caller has allow-listed as non-secret."""
        environ = os.environ if self.roots.environ is None else self.roots.environ
        return {name: environ[name] for name in names if name in environ}


def sudo_check(sudo: str, timeout: float = SUDO_TIMEOUT) -> tuple[str, str]:
    """(answer, sentence): whether `sudo -n true` works for this user, and why we think so.

    -n never prompts; stdin is closed and the environment is a fixed one, not ours. A sudo that
    hangs is given up on after ``timeout``: it is sent SIGKILL where we may, and never waited for
    (a setuid process may refuse our signal).
    """
    try:
        process = subprocess.Popen(
            [sudo, "-n", "true"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL": "C"},
            close_fds=True,
        )
    except OSError as error:
        return "unknown", f"{sudo} could not be started: {error.strerror or error}."
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            process.kill()
        except OSError as error:  # a setuid sudo may refuse our signal; it is left running
            errors.log_once(f"{sudo} could not be stopped", error, logging.DEBUG)
        if process.stderr is not None:
            process.stderr.close()
        return "unknown", f"`sudo -n true` did not finish within {timeout:g} s."
    if process.returncode == 0:
        return "yes", "`sudo -n true` succeeded: sudo asks this user for no password."
    message = stderr.decode("utf-8", "replace")
    if "not in the sudoers" in message or "may not run sudo" in message:
        return "no", "sudo refuses this user (not in the sudoers file)."
    if "password is required" in message:
        return "no", "sudo asks this user for a password."
    if "must be owned by uid 0 and have the setuid bit set" in message:
        return "no", (
            "sudo cannot become root here: its setuid bit has no effect (its owner is not "
            "mapped into this user namespace, or its file system is mounted nosuid)."
        )
    # e.g. sudo cannot become root in this namespace; its own words are not repeated here.
    return "unknown", f"`sudo -n true` failed with exit status {process.returncode}."


@functools.lru_cache(maxsize=8)
def sudo_check_cached(uid: int, sudo: str) -> tuple[str, str]:
    """sudo_check once per process, uid and sudo: each run costs a process and, for a user sudo
    refuses, an incident line in the system's auth log (mailed to root where mail is set up)."""
    return sudo_check(sudo)


# --- calls for explaining one path (explain.py) ------------------------------------------
#
# One explanation makes few guarded calls, each a batch (the rest of a lookup from the first
# component that may stall; the facts of the end; of its directory; the listing), so a stalled
# mount costs one guard and one sentence. Every call after the lookup goes through the
# descriptors it holds (``walk.Lookup``), never through the path again.

# include/uapi/linux/fs.h: FS_IOC_GETFLAGS is _IOR('f', 1, long); the kernel reads and writes
# an int through it (as lsattr does).
FS_IOC_GETFLAGS = 0x80086601 if struct.calcsize("P") == 8 else 0x80046601
POSIX_ACL_ACCESS = "system.posix_acl_access"


@dataclass
class Facts:
    """What the kernel says about one inode; each call's failure kept apart as a sentence."""

    path: str
    info: os.stat_result | None = None
    access: dict = field(default_factory=dict)  # "r"/"w"/"x" -> bool
    access_errno: dict = field(default_factory=dict)  # "r"/"w"/"x" -> errno of the refusal
    statvfs: os.statvfs_result | None = None
    acl: bytes | None = None
    flags: int | None = None
    # A regular file's first bytes ('#!' or ELF's magic: the kernel can run it); None when
    # not read (then errors["header"] says why, unless it is no regular file).
    header: bytes | None = None
    errors: dict = field(default_factory=dict)  # call -> sentence


def _acl_of(fd: int) -> bytes | None:
    try:
        return os.getxattr(walk.through(fd), POSIX_ACL_ACCESS)
    except OSError as error:
        if error.errno in (errno.ENODATA, errno.EOPNOTSUPP, errno.ENOTSUP):
            return None
        raise


def _flags_of(fd: int, path: str, before: os.stat_result) -> int:
    """FS_IOC_GETFLAGS (lsattr) of a regular file or directory, reopened read-only and
    non-blocking from the descriptor the lookup holds, and checked to be the same inode."""
    if not (stat.S_ISREG(before.st_mode) or stat.S_ISDIR(before.st_mode)):
        raise NotARegularFile(path, mode=before.st_mode, doing=errors.OPEN)
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    opened = os.open(walk.through(fd), flags)
    try:
        now = os.fstat(opened)
        if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            raise Changed(path)
        buffer = bytearray(8)
        fcntl.ioctl(opened, FS_IOC_GETFLAGS, buffer, True)
    finally:
        os.close(opened)
    return struct.unpack_from("i", buffer)[0]


# binfmt_script and binfmt_elf decide from the first bytes: '#!' and b'\x7fELF'.
HEADER_BYTES = 4
O_NOATIME = getattr(os, "O_NOATIME", 0o1000000)


def _header_of(holder: int, name: str, path: str, before: os.stat_result) -> bytes:
    """The first bytes of a regular file, opened from the directory that holds it (so
    O_NOFOLLOW applies to the name; a /proc/self/fd link is itself a link), read-only and
    non-blocking, and checked to be the inode the lookup found. O_NOATIME keeps its access
    time where the kernel allows it (the owner, or CAP_FOWNER); elsewhere EPERM, and it is
    opened without."""
    if not stat.S_ISREG(before.st_mode):
        raise NotARegularFile(path, mode=before.st_mode, doing=errors.READ)
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    try:
        opened = os.open(name, flags | O_NOATIME, dir_fd=holder)
    except PermissionError as error:
        if error.errno != errno.EPERM:
            raise
        opened = os.open(name, flags, dir_fd=holder)
    try:
        now = os.fstat(opened)
        if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            raise Changed(path)
        return os.pread(opened, HEADER_BYTES, 0)
    finally:
        os.close(opened)


def _facts_of(fd: int, path: str, want_flags: bool, holder: tuple[int, str] | None = None) -> Facts:
    """``holder``: the descriptor of the directory that holds a lookup's end and the end's
    name there, for reading a regular file's header."""
    facts = Facts(path)
    try:
        facts.info = os.fstat(fd)
    except OSError as error:
        facts.errors["lstat"] = str(errors.from_oserror(path, error))
        return facts
    for letter, mode in (("r", os.R_OK), ("w", os.W_OK), ("x", os.X_OK)):
        allowed, code = walk.access(fd, mode)
        facts.access[letter] = allowed
        if not allowed:
            facts.access_errno[letter] = code
    for name, call in (("statvfs", lambda: os.statvfs(fd)), ("acl", lambda: _acl_of(fd))):
        try:
            setattr(facts, name, call())
        except OSError as error:
            facts.errors[name] = str(errors.from_oserror(path, error))
    if want_flags:
        try:
            facts.flags = _flags_of(fd, path, facts.info)
        except ReadError as error:
            facts.errors["flags"] = str(error)
        except OSError as error:
            if error.errno in (errno.ENOTTY, errno.EOPNOTSUPP, errno.EINVAL):
                facts.errors["flags"] = f"The file system of {path} keeps no inode flags."
            else:
                sentence = errors.from_oserror(path, error)
                facts.errors["flags"] = f"The inode flags of {path} could not be read: {sentence}"
    if stat.S_ISREG(facts.info.st_mode):
        if holder is None:
            facts.errors["header"] = (
                f"The first bytes of {path} were not read: the directory that holds it is no "
                "longer open."
            )
        else:
            try:
                facts.header = _header_of(holder[0], holder[1], path, facts.info)
            except ReadError as error:
                facts.errors["header"] = str(error)
            except OSError as error:
                sentence = errors.from_oserror(path, error, errors.READ)
                facts.errors["header"] = f"The first bytes of {path} could not be read: {sentence}"
    return facts


def _scan_of(
    fd: int, path: str, info: os.stat_result, max_entries: int, budget: float
) -> tuple[list[tuple[str, os.stat_result | None]], int, bool]:
    """A directory's entries from its descriptor (reopened to read, checked to be the same
    directory): each entry's lstat is taken relative to it."""
    started = time.monotonic()
    listing_fd = os.open(".", os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0), dir_fd=fd)
    try:
        now = os.fstat(listing_fd)
        if (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
            raise Changed(path)
        entries: list[tuple[str, os.stat_result | None]] = []
        names = 0
        looking = True
        with os.scandir(listing_fd) as listing:
            for entry in listing:
                names += 1
                if looking:
                    try:
                        entry_info = entry.stat(follow_symlinks=False)
                    except OSError as error:  # the entry is listed with its facts unknown
                        errors.log_once(
                            f"An entry of {path} could not be looked at", error, logging.DEBUG
                        )
                        entry_info = None
                    entries.append((entry.name, entry_info))
                    if len(entries) >= max_entries or (
                        names % 512 == 0 and time.monotonic() - started > budget
                    ):
                        looking = False
                elif names >= max_entries * 10 or time.monotonic() - started > budget:
                    return entries, names, False
        return entries, names, True
    finally:
        os.close(listing_fd)


class PathReader(Reader):
    """A Reader with the batches one path's explanation needs: the lookup (``walk.Lookup``),
    the facts of an inode it holds (fstat, faccessat with the effective ids, fstatvfs, the ACL
    xattr, the inode flags), the git work tree above it and a bounded directory listing.

    Nothing here writes, creates, renames or opens anything for writing; only a regular file
    or a directory is ever opened to read (read-only, O_NONBLOCK, from the lookup's own
    descriptor), never a FIFO, a socket or a device.
    """

    def walk(self, path: str, follow_last: bool = True) -> tuple[list[walk.Step], str, bool]:
        """(steps, the path resolved as far as the lookup went, whether it reached the end)."""
        with self.lookup(path, follow_last) as found:
            return found.steps, found.resolved, found.complete

    def facts_of(
        self, lookup: walk.Lookup, where: walk.Directory, want_flags: bool = True
    ) -> Facts:
        """The facts of an inode the lookup holds (its end, a directory on the way)."""
        if where.fd is None:
            raise NotHeld(where.path)
        fd = where.fd
        holder = None
        if where is lookup.end and stat.S_ISREG(where.info.st_mode):
            directory = lookup.holder()
            if directory is not None and directory.fd is not None:
                holder = (directory.fd, lookup.steps[-1].name)
        return self._held(
            lookup,
            lambda: _facts_of(fd, where.path, want_flags, holder),
            f"looking at {where.path}",
            where.path,
        )

    def facts(self, path: str, want_flags: bool = True) -> Facts:
        """The facts of the inode the path leads to, looked up afresh."""
        with self.lookup(path) as found:
            if not found.complete or found.end is None:
                raise NotFound(path, errno.ENOENT)
            return self.facts_of(found, found.end, want_flags)

    def git_top_of(
        self, lookup: walk.Lookup, directories: list[walk.Directory]
    ) -> tuple[str, os.stat_result] | None:
        """The nearest of the lookup's directories (nearest first) with a .git entry."""
        if not directories:
            return None
        nearest = directories[0].path
        # Guarded when any of them may stall: the .git lookup happens in each.
        located = next((d.path for d in directories if self.may_stall(d.path)), nearest)
        return self._held(
            lookup, lambda: walk.git_top(directories), f"looking for git above {nearest}", located
        )

    def scan_of(
        self, lookup: walk.Lookup, where: walk.Directory, max_entries: int, budget: float
    ) -> tuple[list[tuple[str, os.stat_result | None]], int, bool]:
        """(entries with their lstat, names read, whether every name was read).

        At most ``max_entries`` entries are looked at, and no more after ``budget`` seconds;
        names beyond are counted (up to ten times ``max_entries``), not looked at.
        """
        if where.fd is None:
            raise NotHeld(where.path)
        fd = where.fd
        return self._held(
            lookup,
            lambda: _scan_of(fd, where.path, where.info, max_entries, budget),
            f"listing {where.path}",
            where.path,
            subtree=True,
            timeout=budget + self.timeout,
        )
