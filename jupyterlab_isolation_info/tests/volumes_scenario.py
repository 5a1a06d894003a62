"""Run by test_volumes.py inside a mount namespace of its own: /dev/shm is a tmpfs of 64 KiB
made full, /tmp one of 1 MiB made 95 % full, and the Jupyter data directory a FUSE mount that
never answers (a dead NFS/EFS stand-in). Prints the report's volumes and findings as JSON."""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stalled_fuse import ensure_private_mount_namespace, mount_stalled, release

from jupyterlab_isolation_info.collector import read, report


def fill(folder: str, size: int) -> None:
    """Write one file of ``size`` bytes, or as much as fits (ENOSPC ends it)."""
    with open(os.path.join(folder, "filler.bin"), "wb", buffering=0) as out:
        try:
            for _ in range(size // 4096):
                out.write(b"f" * 4096)
        except OSError:
            pass


def main() -> None:
    ensure_private_mount_namespace(sys.argv[1])
    for point, size in (("/dev/shm", "64k"), ("/tmp", "1m")):
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "none", point], check=True)
    dead = Path(tempfile.mkdtemp(prefix="isolation-volumes-"))  # on the new /tmp
    fill("/dev/shm", 1 << 20)
    fill("/tmp", 1 << 20)
    os.unlink("/tmp/filler.bin")
    fill("/tmp", 1000 * 1024)
    device = mount_stalled(dead)
    try:
        began = time.monotonic()
        answer = report.build_report(
            check_sudo=False,
            check_endpoints=False,
            reader=read.Reader(read.Roots(environ={"JUPYTER_DATA_DIR": str(dead)})),
        )
        seconds = time.monotonic() - began
    finally:
        release(dead, device)
    dead.rmdir()
    json.dump({"dead": str(dead), "seconds": seconds, "report": answer}, sys.stdout)


if __name__ == "__main__":
    main()
