"""In-process timings: the floor (the collector's raw reads and route lookups), the parsers
alone, and how the mountinfo parser scales with synthetic input."""

from __future__ import annotations

import contextlib
import os
import socket
import time
from collections.abc import Callable

from jupyterlab_isolation_info.collector import limits, parse, probe, process, read

# Bounded loops: each timing stops at whichever comes first.
MAX_SECONDS = 2.0
MAX_RUNS = 2000
MIN_RUNS = 20


def time_calls(function: Callable[[], object]) -> list[float]:
    """Seconds per call, for at least MIN_RUNS and at most MAX_RUNS calls or MAX_SECONDS."""
    function()  # warm caches (page cache, pwd, imports) before timing
    samples = []
    deadline = time.perf_counter() + MAX_SECONDS
    while len(samples) < MAX_RUNS and (len(samples) < MIN_RUNS or time.perf_counter() < deadline):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return samples


def floor_once(metadata_path: str) -> None:
    """Every read and route lookup the report makes, through the collector's own readers.

    No report assembly, no findings, no JSON: what is left when only the kernel is asked.
    """
    reader = read.Reader()
    status = parse.parse_status(reader.proc_text("status"))
    parse.parse_id_map(reader.proc_text("uid_map"))
    parse.parse_id_map(reader.proc_text("gid_map"))
    reader.sysctl_int("cap_last_cap")
    reader.sysctl_int("overflowuid")
    for key in ("CapEff", "CapPrm", "CapInh", "CapBnd", "CapAmb"):
        parse.decode_capabilities(status[key])
    mounts = parse.parse_mountinfo(reader.proc_text("mountinfo"))
    uid, gid, groups = process.ProcessState(reader).ids
    user = reader.user_by_uid(uid)
    for group in [gid, *groups]:
        reader.group_name(group)
    home = user.home if user else os.path.expanduser("~")
    reader.stat(home)
    for path in (home, "/", "/tmp", metadata_path):  # noqa: S108 - looked up, never written
        parse.mount_for_path(mounts, reader.real_path(path))
    try:
        parse.parse_metadata(reader.read_bytes(metadata_path))
        reader.statvfs_read_only(metadata_path)
    except read.ReadError:
        pass  # a missing file costs a failed open, as in the report
    reader.sudo(uid)
    endpoints = probe.default_endpoints() + probe.efs_endpoints(parse.nfs_addresses(mounts))
    for endpoint in endpoints:
        probe.route_lookup(endpoint["host"], endpoint["port"])


def raw_floor_once(metadata_path: str) -> None:
    """The same system calls with no collector code at all: open/read, stat, UDP connect."""
    paths = [f"/proc/self/{name}" for name in ("status", "uid_map", "gid_map", "mountinfo")]
    for path in [*paths, "/proc/sys/kernel/cap_last_cap", "/proc/sys/kernel/overflowuid"]:
        with open(path, "rb") as file:
            file.read()
    os.stat(os.path.expanduser("~"))
    try:
        with open(metadata_path, "rb") as file:
            file.read()
        os.statvfs(metadata_path)
    except OSError:
        pass
    for family, address in (
        (socket.AF_INET, ("169.254.169.254", 80)),
        (socket.AF_INET6, ("fd00:ec2::254", 80)),
    ):
        # connect() on UDP only asks for a route: no packet is sent.
        with socket.socket(family, socket.SOCK_DGRAM) as udp, contextlib.suppress(OSError):
            udp.connect(address)


# --- synthetic mountinfo -------------------------------------------------------------------------
# Shapes seen in Docker and Kubernetes hosts and in Studio: overlay roots, kubelet secret tmpfs,
# bind mounts with escaped spaces, cgroup, and EFS over nfs4 (with addr= for the mount target).
_TEMPLATES = (
    "{id} {parent} 0:{minor} / /var/lib/docker/overlay2/{hash}/merged rw,relatime shared:{peer} - "
    "overlay overlay rw,lowerdir=/var/lib/docker/overlay2/l/{hash_u}:/var/lib/docker/overlay2/l/"
    "QWXPKD5G4ZX3C2CQD4RWDVLRV4,upperdir=/var/lib/docker/overlay2/{hash}/diff,"
    "workdir=/var/lib/docker/overlay2/{hash}/work",
    "{id} {parent} 0:{minor} / /var/lib/kubelet/pods/{uuid}/volumes/kubernetes.io~projected/"
    "kube-api-access-{short} rw,relatime shared:{peer} - tmpfs tmpfs rw,size=15728640k",
    "{id} {parent} 259:1 /opt/ml/apps/d-{short}/shared\\040files /mnt/shared\\040files{n} "
    "ro,noatime master:{peer} - xfs /dev/nvme0n1p1 rw,attr2,inode64,logbufs=8,logbsize=32k,noquota",
    "{id} {parent} 0:{minor} / /run/user/{n} rw,nosuid,nodev,relatime shared:{peer} - tmpfs "
    "tmpfs rw,size=1605040k,nr_inodes=401260,mode=700,uid={n},gid={n}",
    "{id} {parent} 0:{minor} / /home/user-{n} rw,relatime - nfs4 "
    "fs-0123456789abcdef0.efs.us-east-1.amazonaws.com:/{n} rw,vers=4.1,rsize=1048576,"
    "wsize=1048576,namlen=255,hard,noresvport,proto=tcp,timeo=600,retrans=2,sec=sys,"
    "clientaddr=10.0.12.34,local_lock=none,addr=10.0.{a}.{b}",
    "{id} {parent} 0:30 /kubepods/pod{uuid} /sys/fs/cgroup/pod{n} ro,nosuid,nodev,noexec,relatime "
    "- cgroup2 cgroup rw,nsdelegate,memory_recursiveprot",
)

_HEAD = (
    "1180 1052 0:158 / / rw,relatime master:562 - overlay overlay rw,lowerdir=/var/lib/docker/"
    "overlay2/l/7QH3TCCX2N5OEV2ASLF3ZWQK5S,upperdir=/var/lib/docker/overlay2/0f3a9c2e7b/diff,"
    "workdir=/var/lib/docker/overlay2/0f3a9c2e7b/work",
    "1181 1180 0:161 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw",
    "1192 1180 0:88 / /home/sagemaker-user rw,relatime - nfs4 fs-0123456789abcdef0.efs.us-east-1."
    "amazonaws.com:/200001 rw,vers=4.1,rsize=1048576,wsize=1048576,namlen=255,hard,noresvport,"
    "proto=tcp,timeo=600,retrans=2,sec=sys,clientaddr=10.0.12.34,local_lock=none,addr=10.0.45.67",
)


def synthetic_mountinfo(lines: int) -> str:
    """`lines` mountinfo lines: a Studio-like head (root, /proc, the EFS home), then a mix."""
    out = list(_HEAD[:lines])
    n = 0
    while len(out) < lines:
        template = _TEMPLATES[n % len(_TEMPLATES)]
        mount_id = 2000 + n
        out.append(
            template.format(
                id=mount_id,
                parent=1180 + (n % 7),
                minor=200 + n % 4000,
                peer=1 + n % 900,
                hash=f"{n:064x}",
                hash_u=f"{n:026X}",
                uuid=f"{n:08x}-1b2c-4d5e-8f90-{n:012x}",
                short=f"{n:05x}",
                n=n,
                a=n % 250,
                b=1 + n // 250 % 250,
            )
        )
        n += 1
    return "\n".join(out) + "\n"


def parse_scaling(sizes=(50, 500, 5000), home="/home/sagemaker-user") -> list[dict]:
    """ms per parse_mountinfo, and per parse + the report's lookups (home mount, EFS addresses)."""
    rows = []
    for size in sizes:
        text = synthetic_mountinfo(size)
        mounts = parse.parse_mountinfo(text)
        assert len(mounts) == size, (len(mounts), size)
        assert parse.nfs_addresses(mounts), "the synthetic input must hold an EFS line"

        def parse_and_look_up(text=text):
            found = parse.parse_mountinfo(text)
            parse.mount_for_path(found, home)
            parse.nfs_addresses(found)

        rows.append(
            {
                "lines": size,
                "parse": time_calls(lambda text=text: parse.parse_mountinfo(text)),
                "parse_and_lookups": time_calls(parse_and_look_up),
            }
        )
    return rows


def parser_timings(metadata_path: str) -> dict[str, list[float]]:
    """The pure parsers on this machine's own text (capabilities on fixed masks)."""
    reader = read.Reader()
    status_text = reader.proc_text("status")
    uid_map = reader.proc_text("uid_map")
    metadata = reader.read_bytes(metadata_path)
    return {
        "parse_status (this process)": time_calls(lambda: parse.parse_status(status_text)),
        "parse_id_map (uid_map)": time_calls(lambda: parse.parse_id_map(uid_map)),
        # All 41 bits of a privileged container, and Docker's 14 defaults.
        "decode_capabilities 000001ffffffffff": time_calls(
            lambda: parse.decode_capabilities("000001ffffffffff")
        ),
        "decode_capabilities 00000000a80425fb": time_calls(
            lambda: parse.decode_capabilities("00000000a80425fb")
        ),
        "parse_metadata (fixture)": time_calls(lambda: parse.parse_metadata(metadata)),
    }


def limits_timing() -> list[float]:
    """What the limits section adds to a report: its cgroup, meminfo and CPU reads and parses on
    this machine (mountinfo and status are parsed once per report for every section)."""
    reader = read.Reader()
    mounts = parse.parse_mountinfo(reader.proc_text("mountinfo"))
    status = parse.parse_status(reader.proc_text("status"))
    return time_calls(lambda: limits.limits_section(reader, mounts, status))
