"""The only module that touches the file system: /proc, the metadata file, stat, pwd and grp.

Every reader raises ReadError with a sentence a user can act on, never a raw OSError.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import grp
import os
import pwd
import stat
import subprocess
import threading
from collections.abc import Callable
from typing import TypeVar

from .parse import MAX_METADATA_BYTES

T = TypeVar("T")

# A stat on a hard NFS mount whose server is gone blocks forever; give up after this long.
STAT_TIMEOUT = 1.0


class ReadError(Exception):
    """A file could not be read; the message is a complete sentence."""


def _describe_oserror(path: str, error: OSError) -> str:
    if error.errno == errno.ENOENT:
        if os.path.islink(path):
            target = os.readlink(path)
            return f"{path} is a symbolic link to {target}, which does not exist."
        return f"No such file: {path}"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"Permission denied: {path} cannot be read by this user."
    if error.errno == errno.EISDIR:
        return f"{path} is a directory, not a file."
    if error.errno == errno.ENXIO:  # open() of a Unix socket
        return f"{path} is a socket or device, not a regular file."
    if error.errno == errno.ELOOP:
        return f"{path} is a symbolic link loop."
    return f"{path} cannot be read: {error.strerror or error}."


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_bytes(path: str, limit: int = MAX_METADATA_BYTES) -> bytes:
    """A regular file's bytes, at most ``limit``; anything else is a ReadError.

    O_NONBLOCK keeps open() of a FIFO from waiting for a writer; fstat then refuses it.
    Reads ``limit + 1`` bytes so an oversized file is noticed without reading all of it.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise ReadError(_describe_oserror(path, error)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise ReadError(f"{path} is {_kind_of(mode)}, not a regular file.")
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 65536))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise ReadError(_describe_oserror(path, error)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise ReadError(f"{path} is larger than {limit // 1024} KiB; it was not read.")
    return data


def read_text(path: str, limit: int = MAX_METADATA_BYTES) -> str:
    """A /proc or /sys text file (they report size 0 but are regular files)."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ReadError(f"{path} is not UTF-8 text.") from None


def proc_path(name: str, pid: int | str = "self") -> str:
    return f"/proc/{pid}/{name}"


def process_exists(pid: int) -> bool:
    return os.path.isdir(f"/proc/{int(pid)}")


def with_timeout(function: Callable[[], T], timeout: float, what: str) -> T:
    """Run a call that may block on a dead NFS server in a daemon thread, waiting at most timeout.

    A daemon thread left blocked does not keep the interpreter from exiting.
    """
    result: dict = {}

    def run():
        try:
            result["value"] = function()
        except BaseException as error:  # handed back to the caller below
            result["error"] = error

    worker = threading.Thread(target=run, name=f"isolation-info {what}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise ReadError(f"{what} did not answer within {timeout:g} s (a stalled network mount?).")
    if "error" in result:
        raise result["error"]
    return result["value"]


def stat_path(path: str, timeout: float = STAT_TIMEOUT) -> os.stat_result:
    """os.stat (following symlinks), bounded in time; ReadError with a sentence on failure."""
    try:
        return with_timeout(lambda: os.stat(path), timeout, f"stat of {path}")
    except OSError as error:
        if error.errno == errno.ENOENT:
            raise ReadError(f"{path} does not exist.") from None
        raise ReadError(_describe_oserror(path, error)) from None


def statvfs_read_only(path: str, timeout: float = STAT_TIMEOUT) -> bool:
    """True when the file system holding path is mounted read-only (statvfs ST_RDONLY)."""
    try:
        result = with_timeout(lambda: os.statvfs(path), timeout, f"statvfs of {path}")
    except OSError as error:
        raise ReadError(_describe_oserror(path, error)) from None
    return bool(result.f_flag & os.ST_RDONLY)


def real_path(path: str) -> str:
    return os.path.realpath(path)


def user_by_uid(uid: int) -> pwd.struct_passwd | None:
    """The passwd entry, or None when the uid has none (common for remapped or custom ids)."""
    try:
        return pwd.getpwuid(uid)
    except KeyError:
        return None


def group_name(gid: int) -> str | None:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return None


def current_ids() -> tuple[int, int, list[int]]:
    """Real uid, real gid and supplementary groups of this process (what `id` prints)."""
    return os.getuid(), os.getgid(), os.getgroups()


SUDO_PATHS = ("/usr/bin/sudo", "/bin/sudo", "/usr/local/bin/sudo", "/usr/sbin/sudo")
SUDO_TIMEOUT = 1.0


def sudo_without_prompt(uid: int) -> str:
    """ "yes" when `sudo -n true` succeeds, "no" when sudo is absent or refuses, else "unknown"."""
    return sudo_check(uid)[0]


def sudo_check(
    uid: int, paths: tuple[str, ...] = SUDO_PATHS, timeout: float = SUDO_TIMEOUT
) -> tuple[str, str]:
    """(answer, sentence): whether `sudo -n true` works for this user, and why we think so.

    -n never prompts; stdin is closed and the environment is a fixed one, not ours. A sudo that
    hangs is given up on after ``timeout``: it is sent SIGKILL where we may, and never waited for
    (a setuid process may refuse our signal).
    """
    if uid == 0:
        return "yes", "This process runs as root; it needs no sudo."
    sudo = next((path for path in paths if os.path.exists(path)), None)
    if sudo is None:
        return "no", "sudo is not installed."
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
        with contextlib.suppress(OSError):  # a setuid sudo may refuse our signal
            process.kill()
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
    # e.g. sudo cannot become root in this namespace; its own words are not repeated here.
    return "unknown", f"`sudo -n true` failed with exit status {process.returncode}."


@functools.lru_cache(maxsize=8)
def sudo_check_cached(uid: int) -> tuple[str, str]:
    """sudo_check once per process and uid: each run costs a process and, for a user sudo
    refuses, an incident line in the system's auth log (mailed to root where mail is set up)."""
    return sudo_check(uid)


# --- readers for the mounts, credentials, context and walls sections ---------------------------


def lstat_path(path: str, timeout: float = STAT_TIMEOUT) -> os.stat_result | None:
    """os.lstat (a symlink is not followed), bounded in time; None when nothing is there."""
    try:
        return with_timeout(lambda: os.lstat(path), timeout, f"lstat of {path}")
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return None
        raise ReadError(_describe_oserror(path, error)) from None


def link_target(path: str) -> str:
    try:
        return os.readlink(path)
    except OSError as error:
        raise ReadError(_describe_oserror(path, error)) from None


def writable_by_us(path: str, timeout: float = STAT_TIMEOUT) -> bool:
    """access(W_OK) for the real uid and groups: asks the kernel, never attempts a write."""
    try:
        return with_timeout(lambda: os.access(path, os.W_OK), timeout, f"access check of {path}")
    except OSError as error:
        raise ReadError(_describe_oserror(path, error)) from None


def security_label() -> tuple[str | None, str]:
    """(label, path read) of this process's AppArmor or SELinux label; label None when no LSM
    that labels processes is active (the kernel then answers EINVAL or the file is absent)."""
    for path in ("/proc/self/attr/current", "/proc/self/attr/apparmor/current"):
        try:
            return read_text(path, 4096).strip("\x00\n "), path
        except ReadError:
            continue
    return None, "/proc/self/attr/current"


def environment_present(name: str) -> bool:
    """Whether a variable is set; its value is never looked at."""
    return name in os.environ


def environment_allowlisted(names: tuple[str, ...]) -> dict[str, str]:
    """Values of the given variables, which the caller has allow-listed as non-secret."""
    return {name: os.environ[name] for name in names if name in os.environ}
