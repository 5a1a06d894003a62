"""The path walker: one lookup, component by component, from descriptors.

path_resolution(7) in user space: every directory on the way is opened ``O_PATH | O_NOFOLLOW``
relative to the one before it, each name is looked at with ``fstatat`` relative to its
directory's descriptor, and what is found is checked to be the inode that was looked at. A
component swapped for a symbolic link after it was checked therefore cannot lead elsewhere: the
facts of the end (``Lookup.end``) and of its directory are read through the descriptors the
lookup holds, never through the path again.

A lookup does no I/O until ``advance``, which stops before the first component a caller's
``may_stall`` names (a call there may wait on a network for ever): the caller runs the rest
under its guard. A lookup may be ``confined`` to a root: a component outside it (other than the
directories that lead down to it) is never looked at, and ``LeftRoot`` is raised instead, with
nothing said of what lies there.

Descriptors are released when the last user lets go (``retain``/``release``): a guarded call
still blocked in a worker keeps them open after its caller has given up.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import logging
import os
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass

from . import errors
from .errors import LeftRoot  # raised here; callers catch it as walk.LeftRoot

O_PATH = getattr(os, "O_PATH", 0o10000000)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
DIRECTORY_FLAGS = O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | _CLOEXEC
END_FLAGS = O_PATH | os.O_NOFOLLOW | _CLOEXEC
# path_resolution(7): at most 40 symbolic links are followed in one lookup.
MAX_SYMLINKS = 40
# Components looked at in one lookup. The kernel's own bound is 40 links of at most PATH_MAX
# bytes each; no real path comes near this, and a hostile chain of '..' stops here.
MAX_LOOKUP_STEPS = 4096
# Directory descriptors held on the way down; those above are reopened through '..'.
KEEP_OPEN = 64
# Marks a path that ended with '/' (or '/.'): what is there must be a directory (ENOTDIR).
_MUST_BE_DIRECTORY = "/"

AT_EACCESS = 0x200  # include/uapi/linux/fcntl.h
AT_EMPTY_PATH = 0x1000


@dataclass
class Step:
    """One component of a path lookup, as the kernel meets it."""

    name: str
    path: str  # where it was looked up: resolved directories, then this name
    info: os.stat_result | None = None
    target: str | None = None  # a symbolic link's text
    search: bool | None = None  # a directory: access(X_OK) with the effective ids
    errno: int | None = None
    error: str | None = None


@dataclass
class Directory:
    """A directory the lookup went through: its descriptor (None once closed to save them)."""

    fd: int | None
    path: str
    info: os.stat_result
    search: bool | None = None  # access(X_OK) with the effective ids, when asked


def components(path: str) -> list[str]:
    """The names of a path; a trailing '/' or '/.' adds the mark that asks for a directory."""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if parts and (path.endswith("/") or path.endswith("/.")):
        parts.append(_MUST_BE_DIRECTORY)
    return parts


def within(path: str, root: str) -> bool:
    """The path lies in root, or on the way down to it."""
    if root == "/" or path == "/" or path == root:
        return True
    return path.startswith(root + "/") or root.startswith(path + "/")


def inside(path: str, root: str) -> bool:
    """The path is root or lies below it."""
    return path == root or root == "/" or path.startswith(root + "/")


@functools.cache
def _libc(name: str, argtypes: tuple | None, restype):
    """A libc function through ctypes (errno kept), or None where libc has none."""
    try:
        function = getattr(ctypes.CDLL(None, use_errno=True), name)
    except (OSError, AttributeError) as error:  # its callers fall back to another way
        errors.log_once(f"libc's {name} cannot be called", error, logging.DEBUG)
        return None
    if argtypes is not None:
        function.argtypes = argtypes
    function.restype = restype
    return function


def through(fd: int) -> str:
    """The /proc/self/fd link to a descriptor: the same inode, for the calls that take a path
    (getxattr of an O_PATH descriptor, reopening it to read, access() without AT_EMPTY_PATH)."""
    return f"/proc/self/fd/{fd}"


def _libc_faccessat():
    arguments = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    return _libc("faccessat", arguments, ctypes.c_int)


_EMPTY_PATH_WORKS = [True]


def access(fd: int, mode: int) -> tuple[bool, int | None]:
    """faccessat(fd, "", mode, AT_EACCESS | AT_EMPTY_PATH): may this process's effective ids
    use the inode the descriptor holds? (allowed, errno of the refusal). The errno tells EROFS,
    EACCES and ETXTBSY apart. Where the kernel or libc lacks AT_EMPTY_PATH (before Linux 5.8),
    the same check goes through /proc/self/fd, which leads to the same inode."""
    function = _libc_faccessat()
    if function is not None and _EMPTY_PATH_WORKS[0]:
        ctypes.set_errno(0)
        if function(fd, b"", mode, AT_EACCESS | AT_EMPTY_PATH) == 0:
            return True, None
        code = ctypes.get_errno() or None
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOENT):
            return False, code
        _EMPTY_PATH_WORKS[0] = False
    effective = os.access in os.supports_effective_ids
    allowed = os.access(through(fd), mode, effective_ids=effective)
    return allowed, None


# openat2(2) (Linux 5.6): its number is the same on every architecture.
SYS_OPENAT2 = 437
RESOLVE_NO_SYMLINKS = 0x04


class _OpenHow(ctypes.Structure):
    _fields_ = (
        ("flags", ctypes.c_uint64),
        ("mode", ctypes.c_uint64),
        ("resolve", ctypes.c_uint64),
    )


def _libc_syscall():
    return _libc("syscall", None, ctypes.c_long)


_OPENAT2_WORKS = [True]


def without_symlinks(path: str) -> bool | None:
    """Whether the kernel's lookup of this absolute path meets no symbolic link, in one call:
    openat2(O_PATH, RESOLVE_NO_SYMLINKS), which stops at the first link (ELOOP) before it
    follows it. A missing or unsearchable component also stops it, as it stops any call on the
    path (True: nothing past it is reached). None: unknown (no openat2 here)."""
    function = _libc_syscall()
    if function is None or not _OPENAT2_WORKS[0]:
        return None
    how = _OpenHow(O_PATH | _CLOEXEC, 0, RESOLVE_NO_SYMLINKS)
    ctypes.set_errno(0)
    fd = function(
        ctypes.c_long(SYS_OPENAT2),
        ctypes.c_int(-100),  # AT_FDCWD
        ctypes.c_char_p(os.fsencode(path)),
        ctypes.byref(how),
        ctypes.c_size_t(ctypes.sizeof(how)),
    )
    if fd >= 0:
        os.close(fd)
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOENT, errno.ENOTDIR, errno.EACCES, errno.ENAMETOOLONG):
        return True
    if code in (errno.ENOSYS, errno.EPERM):  # an old kernel, or a seccomp filter that says no
        _OPENAT2_WORKS[0] = False
    return None if code != errno.ELOOP else False


def _same(one: os.stat_result, other: os.stat_result) -> bool:
    return (one.st_dev, one.st_ino) == (other.st_dev, other.st_ino)


class Lookup:
    """One path looked up from '/' (a relative path from the working directory)."""

    def __init__(
        self,
        path: str,
        follow_last: bool = True,
        confine: str | None = None,
        held: bool = True,
    ):
        if not path.startswith("/"):
            path = os.getcwd().rstrip("/") + "/" + path
        self.path = path
        self.follow_last = follow_last
        self.confine = confine
        # False: a quick look at where the path leads, by path, holding no descriptor and
        # asking no search permission (what a guard decision needs, not an answer).
        self.held = held
        self.steps: list[Step] = []
        self.complete = False
        self.finished = False
        # The end of a complete lookup: its descriptor, path and lstat (a symlink not followed
        # at the end is itself the end).
        self.end: Directory | None = None
        self.stack: list[Directory] = []  # the directories from '/' to the end (or the stop)
        self._pending = components(path)
        self._links = 0
        self._count = 0
        self._lock = threading.Lock()
        self._users = 1
        self._closing = False

    # --- who holds the descriptors -----------------------------------------------------

    def retain(self) -> bool:
        """One more user (a guarded call about to use the descriptors); False once closed."""
        with self._lock:
            if self._closing:
                return False
            self._users += 1
            return True

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            last = self._users == 0
        if last:
            self._close_all()

    def close(self) -> None:
        """The owner lets go; the descriptors close when no guarded call still uses them."""
        with self._lock:
            if self._closing:
                return
            self._closing = True
        self.release()

    def __enter__(self) -> Lookup:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _close_all(self) -> None:
        fds = {d.fd for d in self.stack if d.fd is not None}
        if self.end is not None and self.end.fd is not None:
            fds.add(self.end.fd)
        for fd in fds:
            os.close(fd)
        for directory in self.stack:
            directory.fd = None
        if self.end is not None:
            self.end.fd = None

    # --- the walk ------------------------------------------------------------------------

    @property
    def resolved(self) -> str:
        """The path resolved as far as the lookup went."""
        if self.end is not None:
            return self.end.path
        if self.steps and not self.complete:
            return self.steps[-1].path
        return self.stack[-1].path if self.stack else "/"

    def _push(self, fd: int | None, path: str, info: os.stat_result, search: bool | None) -> None:
        self.stack.append(Directory(fd, path, info, search))
        if len(self.stack) > KEEP_OPEN:
            far = self.stack[-KEEP_OPEN - 1]
            if far.fd is not None:
                os.close(far.fd)
                far.fd = None

    def _stop(self, step: Step, code: int | None, sentence: str) -> None:
        step.errno, step.error = code, sentence
        self.finished = True

    def _changed(self, step: Step) -> None:
        self._stop(
            step, None, f"{step.path} changed while it was looked up; the lookup stops here."
        )

    def advance(self, may_stall: Callable[[str], bool] | None = None) -> str | None:
        """Walk on. Returns the path of the next component when ``may_stall`` says a call there
        may stall (nothing there was touched; run ``advance()`` again under a guard), else None
        once the lookup has finished. Raises LeftRoot when confined, OSError when '/' itself
        cannot be opened."""
        if not self.stack:
            if may_stall is not None and may_stall("/"):
                return "/"
            if self.held:
                fd = os.open("/", DIRECTORY_FLAGS)
                info = os.fstat(fd)
                search = access(fd, os.X_OK)[0]
            else:
                fd, info, search = None, os.lstat("/"), None
            self._push(fd, "/", info, search)
            self.steps.append(Step("/", "/", info, search=search))
        pending = self._pending
        while pending and not self.finished:
            name = pending[0]
            if name == _MUST_BE_DIRECTORY:  # what came before was a directory
                pending.pop(0)
                continue
            if self._count >= MAX_LOOKUP_STEPS:
                step = Step(name, self.stack[-1].path)
                self.steps.append(step)
                self._stop(
                    step,
                    errno.ELOOP,
                    f"The lookup went on for more than {MAX_LOOKUP_STEPS} steps; it is not "
                    "followed further.",
                )
                break
            top = self.stack[-1]
            if name == "..":
                pending.pop(0)
                self._count += 1
                self._up(top)
                continue
            candidate = ("" if top.path == "/" else top.path) + "/" + name
            if self.confine is not None and not within(candidate, self.confine):
                raise LeftRoot(candidate)
            if may_stall is not None and may_stall(candidate):
                return candidate
            pending.pop(0)
            self._count += 1
            self._look_at(top, name, candidate)
        if not self.finished:
            self.finished = True
            self.complete = True
            if self.end is None:  # the path ends on a directory (or is '/')
                self.end = self.stack[-1]
        return None

    def _up(self, top: Directory) -> None:
        """'..': back to the directory above, as the kernel goes (at '/' it stays)."""
        if len(self.stack) == 1:
            self.steps.append(Step("..", "/", top.info))
            return
        above = self.stack[-2]
        if above.fd is None and self.held:  # closed to save descriptors: reopened and checked
            fd = os.open("..", DIRECTORY_FLAGS, dir_fd=top.fd)
            if not _same(os.fstat(fd), above.info):
                os.close(fd)
                step = Step("..", above.path)
                self.steps.append(step)
                self._changed(step)
                return
            above.fd = fd
        self.stack.pop()
        if top.fd is not None:
            os.close(top.fd)
        self.steps.append(Step("..", above.path, above.info))

    def _look_at(self, top: Directory, name: str, candidate: str) -> None:
        step = Step(name, candidate)
        self.steps.append(step)
        try:
            if self.held:
                info = os.stat(name, dir_fd=top.fd, follow_symlinks=False)
            else:
                info = os.lstat(candidate)
        except OSError as error:
            failure = errors.from_oserror(candidate, error, errors.LOOKUP)
            self._stop(step, error.errno, str(failure))
            return
        step.info = info
        mode = info.st_mode
        pending = self._pending
        if stat.S_ISLNK(mode) and (pending or self.follow_last):
            try:
                step.target = (
                    os.readlink(name, dir_fd=top.fd) if self.held else os.readlink(candidate)
                )
            except OSError:  # no longer a symbolic link
                self._changed(step)
                return
            self._links += 1
            if self._links > MAX_SYMLINKS:
                self._stop(
                    step,
                    errno.ELOOP,
                    f"More than {MAX_SYMLINKS} symbolic links on the way (a loop?); the "
                    "lookup stops here, as the kernel's does.",
                )
                return
            if step.target.startswith("/"):
                for directory in self.stack[1:]:
                    if directory.fd is not None:
                        os.close(directory.fd)
                del self.stack[1:]
                if self.stack[0].fd is None and self.held:
                    self.stack[0].fd = os.open("/", DIRECTORY_FLAGS)
            pending[:0] = components(step.target)
            return
        if stat.S_ISDIR(mode) and not self.held:
            self._push(None, candidate, info, None)
            return
        if stat.S_ISDIR(mode):
            try:
                fd = os.open(name, DIRECTORY_FLAGS, dir_fd=top.fd)
            except OSError as error:
                if error.errno in (errno.ENOTDIR, errno.ELOOP, errno.ENOENT):
                    self._changed(step)
                else:
                    failure = errors.from_oserror(candidate, error, errors.OPEN)
                    self._stop(step, error.errno, str(failure))
                return
            if not _same(os.fstat(fd), info):
                os.close(fd)
                self._changed(step)
                return
            step.search = access(fd, os.X_OK)[0]
            self._push(fd, candidate, info, step.search)
            return
        if pending:
            self._stop(
                step,
                errno.ENOTDIR,
                f"{candidate} is not a directory, yet the path goes on below it.",
            )
            return
        if not self.held:
            self.end = Directory(None, candidate, info)
            return
        try:
            fd = os.open(name, END_FLAGS, dir_fd=top.fd)
        except OSError:
            self._changed(step)
            return
        if not _same(os.fstat(fd), info):
            os.close(fd)
            self._changed(step)
            return
        self.end = Directory(fd, candidate, info)

    # --- what the lookup holds -------------------------------------------------------------

    def holder(self) -> Directory | None:
        """The directory that holds the end, its descriptor open; None for '/', or when that
        descriptor was closed on a very deep path (reopening it is a call, which is the
        guard's to make, not this accessor's)."""
        if self.end is None:
            return None
        index = len(self.stack) - (2 if self.end is self.stack[-1] else 1)
        if index < 0 or self.stack[index].fd is None:
            return None
        return self.stack[index]

    def stopped_in(self) -> Directory:
        """The directory the lookup was in when it stopped (or ended)."""
        return self.stack[-1]


def git_top(directories: list[Directory]) -> tuple[str, os.stat_result] | None:
    """The nearest of a lookup's directories (nearest first) that holds a .git entry, looked
    for from each one's descriptor; None at the first whose descriptor was closed."""
    for directory in directories:
        if directory.fd is None:
            return None
        # faccessat(F_OK, AT_SYMLINK_NOFOLLOW) relative to the directory's descriptor.
        if os.access(".git", os.F_OK, dir_fd=directory.fd, follow_symlinks=False):
            return directory.path, directory.info
    return None
