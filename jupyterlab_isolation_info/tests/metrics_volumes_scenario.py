"""Run by test_metrics.py inside a mount namespace of its own: /tmp a tmpfs of 1 MiB holding the
home (one volume, two roles), /dev/shm one of 64 KiB, and under the home a tmpfs of 2 MiB with
100 inodes and a FUSE mount that never answers (two home mounts, one dead). Prints the volumes
section, the samples the metrics make of it and os.statvfs of each mount, taken around it."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from stalled_fuse import ensure_private_mount_namespace, mount_stalled, release

from jupyterlab_isolation_info import metrics
from jupyterlab_isolation_info.collector import parse, read, volumes

POINTS = ("/", "/tmp", "/dev/shm")  # /tmp and /dev/shm: tmpfs of this namespace's own


def statvfs(point: str) -> dict:
    result = os.statvfs(point)
    return {field: getattr(result, field) for field in dir(result) if field.startswith("f_")}


def main() -> None:
    ensure_private_mount_namespace(sys.argv[1])
    # Sources named for the test to find them: none may show in a label.
    for point, options in (("/tmp", "size=1m"), ("/dev/shm", "size=64k")):
        source = f"volume-source-{point.strip('/').replace('/', '-')}"
        subprocess.run(["mount", "-t", "tmpfs", "-o", options, source, point], check=True)
    home = Path(tempfile.mkdtemp(prefix="isolation-home-"))  # on the new /tmp
    (home / "notes.bin").write_bytes(b"n" * 300_000)
    (home / "efs").mkdir()
    (home / "dead").mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=2m,nr_inodes=100", "volume-source-efs"]
    mount.append(str(home / "efs"))
    subprocess.run(mount, check=True)
    (home / "efs" / "data.bin").write_bytes(b"d" * 500_000)
    device = mount_stalled(home / "dead")
    try:
        reader = read.Reader()
        points = [*POINTS, str(home / "efs")]
        before = {point: statvfs(point) for point in points}
        mounts = parse.parse_mountinfo(reader.proc_text("mountinfo"))
        section = volumes.volumes_section(reader, mounts, str(home))
        after = {point: statvfs(point) for point in points}
    finally:
        release(home / "dead", device)
    samples = metrics.samples({"volumes": section}, metrics.endpoint_ids())
    json.dump(
        {
            "home": str(home),
            "section": section,
            "samples": samples,
            "before": before,
            "after": after,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
