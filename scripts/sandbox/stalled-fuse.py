"""A FUSE mount that never answers, for studio-sandbox --stalled-fuse: a dead NFS/EFS stand-in.

Run as host root inside the sandbox's mount namespace: `stalled-fuse.py POINT UID GID READY`.
It opens /dev/fuse, mounts it at POINT (no FUSE library, no fusermount) with allow_other, so
that any user reaches it, and never reads the device: every call there waits, as on a hard NFS
mount whose server is gone, until this process dies and the kernel aborts the connection. No
packet is sent. Once a look there has waited, it creates the file READY (an empty file in the
sandbox's own temp dir).
"""

import contextlib
import ctypes
import os
import signal
import sys
import threading

MS_NOSUID, MS_NODEV = 2, 4


def main() -> None:
    point, uid, gid, ready = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = (ctypes.c_char_p,) * 3 + (ctypes.c_ulong, ctypes.c_char_p)
    device = os.open("/dev/fuse", os.O_RDWR | os.O_CLOEXEC)
    options = f"fd={device},rootmode=40000,user_id={uid},group_id={gid},allow_other"
    if libc.mount(
        b"sandbox-stalled", os.fsencode(point), b"fuse", MS_NOSUID | MS_NODEV, options.encode()
    ):
        raise SystemExit(f"mount of a FUSE file system failed: {os.strerror(ctypes.get_errno())}")
    # It must stall, so that what a test measures is what it claims: a look there must not end.
    done = threading.Event()

    def look():
        with contextlib.suppress(OSError):
            os.lstat(point)
        done.set()

    threading.Thread(target=look, daemon=True).start()
    if done.wait(0.3):
        raise SystemExit(f"{point} answered; the stalled mount does not stall")
    open(ready, "x").close()
    while True:
        signal.pause()


if __name__ == "__main__":
    main()
