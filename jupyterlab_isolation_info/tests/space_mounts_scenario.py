"""Run by test_space.py inside a mount namespace of its own: a walk over a folder that holds a
tmpfs mount (with data in it) and a FUSE mount that never answers (a dead NFS/EFS stand-in).
Prints one JSON object: what `du -sx` says before the dead mount is made, and the answer."""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stalled_fuse import ensure_private_mount_namespace, mount_stalled, release

from jupyterlab_isolation_info.collector.space import space


def du(path: Path) -> int:
    done = subprocess.run(
        ["du", "-sx", "--block-size=1", str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[0])


def main() -> None:
    ensure_private_mount_namespace(sys.argv[1])
    root = Path(tempfile.mkdtemp(prefix="isolation-space-"))
    (root / "data").mkdir()
    (root / "data" / "kept.bin").write_bytes(b"k" * 300_000)
    shared = root / "data" / "scratch"
    shared.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "none", str(shared)], check=True)
    (shared / "in-tmpfs.bin").write_bytes(b"t" * 1_000_000)
    dead = root / "efs"
    dead.mkdir()
    dead_dir_bytes = os.lstat(dead).st_blocks * 512
    du_with_tmpfs = du(root)  # the dead mount is not there yet: du would wait on it for ever
    device = mount_stalled(dead)
    try:
        began = time.monotonic()
        answer = space(
            str(root),
            environ={"HOME": str(root), "XDG_CACHE_HOME": str(dead / "cache")},
            time_limit=20,
        )
        seconds = time.monotonic() - began
        began = time.monotonic()
        inside_dead = space(str(dead / "cache"), environ={"HOME": str(root)})
        inside_seconds = time.monotonic() - began
    finally:
        release(dead, device)
    subprocess.run(["umount", str(shared)], check=True)
    (root / "data" / "kept.bin").unlink()
    for folder in (shared, root / "data", dead, root):
        folder.rmdir()
    json.dump(
        {
            "root": str(root),
            "du_with_tmpfs": du_with_tmpfs,
            "dead_dir_bytes": dead_dir_bytes,
            "seconds": seconds,
            "answer": answer,
            "inside_dead": inside_dead,
            "inside_seconds": inside_seconds,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
