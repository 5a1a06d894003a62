"""In-process timings of `explain(path)`: one path, warm, against the raw lstat and access
calls of its walk; a 10,000-entry directory against a bare scandir + lstat loop over it.

The directory is made in a temporary directory and removed afterwards."""

from __future__ import annotations

import fcntl
import os
import shutil
import statistics
import tempfile

import floor
from rows import met, p50_p99

from jupyterlab_isolation_info.collector import explain, read

ENTRIES = 10_000
PATH_RATIO_TARGET = 3.0
DIRECTORY_RATIO_TARGET = 2.0  # against a bare scandir + lstat, same run (was also p50 ≤ 50 ms)


def _raw_walk(path: str) -> None:
    current = ""
    os.lstat("/")
    os.access("/", os.X_OK)
    for part in path.strip("/").split("/"):
        current += "/" + part
        os.lstat(current)
        os.access(current, os.X_OK)


def _raw_inode(path: str) -> None:
    """The calls read.PathReader.facts makes on one inode, bare."""
    os.lstat(path)
    for mode in (os.R_OK, os.W_OK, os.X_OK):
        os.access(path, mode, effective_ids=True)
    os.statvfs(path)
    try:  # noqa: SIM105 - bare, as the floor is: no context manager
        os.getxattr(path, "system.posix_acl_access", follow_symlinks=False)
    except OSError:
        pass
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    try:
        os.fstat(fd)
        try:  # noqa: SIM105
            fcntl.ioctl(fd, 0x80086601, bytearray(8), True)
        except OSError:
            pass
    finally:
        os.close(fd)


def _raw_explanation(path: str) -> None:
    """Every system call a warm explanation of a file makes, with no collector code: the walk,
    the facts of the file and of its directory, the .git lookup upwards, the final stat."""
    _raw_walk(path)
    _raw_inode(path)
    directory = os.path.dirname(path)
    _raw_inode(directory)
    while not os.access(directory.rstrip("/") + "/.git", os.F_OK, follow_symlinks=False):
        if directory == "/":
            break
        directory = os.path.dirname(directory)
    else:
        os.stat(directory)
    os.stat(path)


def _bare_listing(directory: str) -> None:
    with os.scandir(directory) as listing:
        for entry in listing:
            entry.stat(follow_symlinks=False)


def section(notes: list[str]) -> list[tuple]:
    path = os.path.abspath(explain.__file__)
    reader = read.PathReader()
    one = floor.time_calls(lambda: explain.explain(path, reader, check_sudo=False))
    raw = floor.time_calls(lambda: _raw_walk(path))
    raw_all = floor.time_calls(lambda: _raw_explanation(path))
    directory = tempfile.mkdtemp(prefix="bench-explain-")
    try:
        for index in range(ENTRIES):
            os.close(os.open(os.path.join(directory, f"f{index:05}"), os.O_CREAT, 0o644))
        listed = floor.time_calls(lambda: explain.explain(directory, reader, check_sudo=False))
        bare = floor.time_calls(lambda: _bare_listing(directory))
    finally:
        shutil.rmtree(directory)
    path_ratio = statistics.median(one) / statistics.median(raw)
    dir_p50 = statistics.median(listed)
    dir_ratio = dir_p50 / statistics.median(bare)
    notes.append(
        f"Explain: one Reader reused (warm); the path is {path} "
        f"({len(path.strip('/').split('/'))} components; raw = lstat + access(X_OK) of each); "
        "on a local file system every call is made directly (no guard worker), as the Reader's "
        "policy has it. The floor row times the same system calls with no collector code: the "
        "target ratio of 3x the walk's calls lies below it, since an answer also needs the "
        "file's and its directory's access, statvfs, ACL and inode flags."
    )
    return [
        (
            "`explain()` one path, warm, vs raw lstat/access of its walk",
            f"{p50_p99(one)} ({path_ratio:.0f}x raw {statistics.median(raw) * 1e6:.0f} µs)",
            f"≤ {PATH_RATIO_TARGET:g}x raw",
            met(path_ratio <= PATH_RATIO_TARGET),
        ),
        (
            "`explain()` one path, warm, vs every system call it makes, bare (its floor)",
            f"{statistics.median(one) / statistics.median(raw_all):.1f}x raw "
            f"{statistics.median(raw_all) * 1e6:.0f} µs (walk, the file's and its directory's "
            "lstat, 3 faccessat, statvfs, ACL, flags; .git lookup, final stat)",
            "reference",
            "",
        ),
        (
            f"`explain()` of a {ENTRIES:,}-entry directory",
            f"{p50_p99(listed)} ({dir_ratio:.2f}x bare scandir + lstat)",
            f"p50 ≤ {DIRECTORY_RATIO_TARGET:g}x bare",
            met(dir_ratio <= DIRECTORY_RATIO_TARGET),
        ),
    ]
