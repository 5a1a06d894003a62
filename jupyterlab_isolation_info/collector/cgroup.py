"""Pure parsers of cgroup text: where this process's cgroups are, and what their files say.

No file is opened here (see read.py); ``limits.py`` reads and calls these. The formats are the
kernel's own, from Documentation/admin-guide/cgroup-v2.rst and cgroup-v1/memory.rst.
"""

from __future__ import annotations

import posixpath
import re

# v1's "no limit" is the page counter's maximum times the page size, so it depends on the
# page size: 9223372036854771712 with 4 KiB pages on x86-64, 9223372036854710272 with 64 KiB
# pages. Any page-aligned value at least this large is no limit at all (no machine has 4 EiB).
V1_UNLIMITED_FLOOR = 1 << 62
PAGE = 4096


def parse_proc_cgroup(text: str) -> list[dict]:
    """/proc/<pid>/cgroup, cgroups(7): ``hierarchy-ID:controller-list:cgroup-path`` per line.

    v2 is the one line ``0::/path``; v1 has one line per hierarchy (``4:memory:/docker/…``,
    ``2:cpu,cpuacct:/``, ``1:name=systemd:/…``). Raises ValueError naming an odd line.
    """
    entries = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = line.split(":", 2)
        if len(parts) != 3 or not parts[0].isdigit() or not parts[2].startswith("/"):
            raise ValueError(f"Unexpected /proc/self/cgroup line: {line!r}")
        hierarchy, controllers, path = parts
        entries.append(
            {
                "hierarchy": int(hierarchy),
                "controllers": [c for c in controllers.split(",") if c],
                "path": path,
            }
        )
    return entries


def _relative(path: str, root: str) -> str | None:
    """The part of a cgroup path below a mount's root; None when the path is not below it.

    A cgroup outside this process's cgroup namespace shows as ``/../other`` (cgroup-v2.rst):
    never below any mount here.
    """
    if ".." in path.split("/") or ".." in root.split("/"):
        return None
    root = root.rstrip("/") or "/"
    if root == "/":
        return path.lstrip("/")
    if path == root:
        return ""
    if path.startswith(root + "/"):
        return path[len(root) + 1 :]
    return None


def cgroup_location(cgroups: list[dict], mounts: list[dict], controller: str) -> dict | None:
    """Where the files of ``controller`` for this process lie, from /proc/self/cgroup and mountinfo.

    A v1 hierarchy that carries the controller wins over v2 (hybrid hosts mount both, and a
    controller serves one hierarchy at a time). The mount's root (mountinfo field 4) is the
    cgroup mounted there: Docker on v1 mounts the container's own cgroup, ``/docker/<id>``, at
    ``/sys/fs/cgroup/memory``, so the directory is the mount point itself; inside a cgroup
    namespace both read ``/``. Returns ``{"version", "cgroup", "directory", "top"}`` (``top``:
    the mount point, the highest directory the walk up may read), or None when no mount holds
    this process's cgroup.
    """
    v1 = [c for c in cgroups if c["hierarchy"] != 0 and controller in c["controllers"]]
    v2 = [c for c in cgroups if c["hierarchy"] == 0 and not c["controllers"]]
    for entry, version in [(c, "v1") for c in v1] + [(c, "v2") for c in v2]:
        for mount in mounts:
            if version == "v1":
                if mount["filesystem"] != "cgroup" or controller not in mount["super_options"]:
                    continue
            elif mount["filesystem"] != "cgroup2":
                continue
            below = _relative(entry["path"], mount["root"])
            if below is None:
                continue
            top = mount["mount_point"]
            directory = posixpath.join(top, below) if below else top
            return {
                "version": version,
                "cgroup": entry["path"],
                "directory": directory.rstrip("/") or "/",
                "top": top,
            }
        if version == "v1":
            # The hierarchy exists but its mount does not show this process's cgroup.
            return None
    return None


def ancestors(directory: str, top: str) -> list[str]:
    """The directory and each parent up to and including ``top`` (the mount point), leaf first."""
    chain = [directory]
    while directory != top and directory.startswith(top.rstrip("/") + "/"):
        directory = posixpath.dirname(directory)
        chain.append(directory)
    return chain


def parse_limit(text: str, name: str) -> int | None:
    """A limit file: v2's ``max`` or bytes (memory.max, memory.swap.max, pids.max), or v1's
    bytes where a huge page-aligned value means no limit (memory.limit_in_bytes). None is
    no limit; an odd value raises ValueError naming the file."""
    value = text.strip()
    if value == "max":
        return None
    if not value.isdigit():
        raise ValueError(f"{name} holds {value[:40]!r}, not a number or 'max'.")
    number = int(value)
    if number >= V1_UNLIMITED_FLOOR:
        if number % PAGE:
            raise ValueError(f"{name} holds {number}, which is no page-aligned limit.")
        return None
    return number


def parse_count(text: str, name: str) -> int:
    """A single counter (memory.current, memory.peak, memory.usage_in_bytes, pids.current)."""
    value = text.strip()
    if not value.isdigit():
        raise ValueError(f"{name} holds {value[:40]!r}, not a number.")
    return int(value)


def parse_flat_keyed(text: str, name: str) -> dict[str, int]:
    """``key value`` lines (memory.events, memory.oom_control, memory.stat, pids.events)."""
    values = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) != 2 or not parts[1].lstrip("-").isdigit():
            raise ValueError(f"Unexpected {name} line: {line!r}")
        values[parts[0]] = int(parts[1])
    return values


def parse_cpu_max(text: str) -> tuple[int | None, int]:
    """cpu.max, cgroup-v2.rst: ``$MAX $PERIOD`` in µs, ``max 100000`` for no quota."""
    parts = text.split()
    if len(parts) != 2 or not parts[1].isdigit() or not (parts[0] == "max" or parts[0].isdigit()):
        raise ValueError(f"cpu.max holds {text.strip()[:40]!r}, not 'QUOTA PERIOD'.")
    period = int(parts[1])
    if period == 0:
        raise ValueError("cpu.max has a period of 0.")
    return (None if parts[0] == "max" else int(parts[0])), period


def parse_cfs(quota_text: str, period_text: str) -> tuple[int | None, int]:
    """cpu.cfs_quota_us (-1: no quota) and cpu.cfs_period_us of v1, in µs."""
    quota, period = quota_text.strip(), period_text.strip()
    if not re.fullmatch(r"-?\d+", quota) or not period.isdigit() or int(period) == 0:
        raise ValueError(
            f"cpu.cfs_quota_us {quota[:40]!r} and cpu.cfs_period_us {period[:40]!r} are no quota."
        )
    number = int(quota)
    return (None if number < 0 else number), int(period)


def parse_cpu_list(text: str) -> list[int]:
    """A CPU list as cpuset.cpus, /sys/devices/system/cpu/online and Cpus_allowed_list print it:
    ``0-3,8-11``, ``0``, or empty (no CPUs of its own: the parent's apply)."""
    cpus: set[int] = set()
    value = text.strip()
    if not value:
        return []
    for part in value.split(","):
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", part.strip())
        if not match:
            raise ValueError(f"Unexpected CPU list {value[:60]!r}.")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if last < first or last - first > 65536:
            raise ValueError(f"Unexpected CPU list {value[:60]!r}.")
        cpus.update(range(first, last + 1))
    return sorted(cpus)


def parse_meminfo_total(text: str) -> int:
    """MemTotal of /proc/meminfo, in bytes (the kernel prints kB, meaning KiB)."""
    for line in text.splitlines():
        if line.startswith("MemTotal:"):
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                factor = 1024 if parts[2:3] == ["kB"] else 1
                return int(parts[1]) * factor
            break
    raise ValueError("/proc/meminfo has no readable MemTotal line.")
