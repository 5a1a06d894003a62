"""A mount that never answers, for the tests and the benchmark that meet a stalled file system.

This opens /dev/fuse and mounts it (no FUSE library, no fusermount), then never reads the
device: every call there (lstat, realpath, access) waits, as on a hard NFS mount whose server
is gone, until the device is closed, which aborts the connection: every waiting call then fails
with ENOTCONN and the mount is detached. No packet is sent anywhere.

Use it only inside a mount namespace of its own (``unshare --mount --propagation private``),
so the mount is seen by nothing else and goes away with it.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import threading
from pathlib import Path

MS_NOSUID, MS_NODEV = 2, 4
MNT_DETACH = 2


def ensure_private_mount_namespace(outer: str) -> None:
    """Refuse to run in the caller's mount namespace (``outer``, its /proc/self/ns/mnt link)."""
    if not outer or os.readlink("/proc/self/ns/mnt") == outer:
        raise SystemExit(
            "not in a private mount namespace: run it under `unshare --mount --propagation "
            'private` and pass "$(readlink /proc/self/ns/mnt)" of the caller'
        )


def mount_stalled(point: Path, allow_other: bool = False) -> int:
    """A FUSE mount at point that never answers; the /dev/fuse descriptor that holds it.

    FUSE lets only the mounting user reach the mount; with ``allow_other`` (the kernel's mount
    option) a process of any uid reaches it, and waits there as well.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = (
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_ulong,
        ctypes.c_char_p,
    )
    device = os.open("/dev/fuse", os.O_RDWR | os.O_CLOEXEC)
    options = f"fd={device},rootmode=40000,user_id={os.getuid()},group_id={os.getgid()}"
    if allow_other:
        options += ",allow_other"
    if libc.mount(
        b"isolation-stalled", os.fsencode(point), b"fuse", MS_NOSUID | MS_NODEV, options.encode()
    ):
        error = ctypes.get_errno()
        os.close(device)
        raise SystemExit(f"mount of a FUSE file system failed: {os.strerror(error)}")
    # Verify it stalls, so what is measured is what is claimed.
    done = threading.Event()

    def look():
        with contextlib.suppress(OSError):
            os.lstat(point)
        done.set()

    threading.Thread(target=look, daemon=True).start()
    if done.wait(0.3):
        release(point, device)
        raise SystemExit(f"{point} answered; the stalled mount does not stall")
    return device


def release(point: Path, device: int) -> None:
    """Close the device (the kernel aborts the connection: waiting calls fail) and detach."""
    os.close(device)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.umount2(os.fsencode(point), MNT_DETACH)
