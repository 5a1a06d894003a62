"""Walls beyond capabilities, read-only and stat-only (what container-audit tools look at).

The security label (AppArmor or SELinux), the number of seccomp filters, container runtime
sockets inside the container (writable = host root), a Kubernetes service-account token
(presence only: never opened), and whether /proc/sys and the cgroup file system are read-only.
Nothing here writes, calls a system call to see whether it is allowed, or reads a token.
"""

from __future__ import annotations

import stat

from . import parse, read

# Where runtimes put their API sockets (and where images bind them in).
RUNTIME_SOCKETS = (
    ("/var/run/docker.sock", "docker"),
    ("/run/docker.sock", "docker"),
    ("/run/containerd/containerd.sock", "containerd"),
    ("/var/run/containerd/containerd.sock", "containerd"),
    ("/run/crio/crio.sock", "cri-o"),
    ("/var/run/crio/crio.sock", "cri-o"),
    ("/run/podman/podman.sock", "podman"),
    ("/var/run/podman/podman.sock", "podman"),
)
SERVICE_ACCOUNT_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token"  # noqa: S105


def parse_seccomp_filters(value: str | None) -> int | None:
    """``Seccomp_filters:`` of /proc/<pid>/status (Linux 5.9+); None when absent or odd."""
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())


def parse_security_label(text: str | None) -> dict:
    """An LSM label as /proc/self/attr/current prints it, e.g. ``docker-default (enforce)``,
    ``unconfined``, or SELinux's ``system_u:system_r:container_t:s0:c1,c2``."""
    if not text:
        return {"label": None, "kind": None, "mode": None}
    label = text.strip()
    mode = None
    if label.endswith(")") and " (" in label:  # AppArmor: "profile (mode)"
        label, _, rest = label.rpartition(" (")
        mode = rest[:-1]
        return {"label": label, "kind": "apparmor", "mode": mode}
    if label == "unconfined":
        return {"label": label, "kind": "apparmor", "mode": None}
    if label.count(":") >= 2:
        return {"label": label, "kind": "selinux", "mode": None}
    return {"label": label, "kind": None, "mode": None}


def mount_read_only(mounts: list[dict] | None, path: str) -> bool | None:
    """Whether the mount that holds ``path`` is read-only, from mountinfo alone."""
    if not mounts:
        return None
    mount = parse.mount_for_path(mounts, path)
    return parse.is_read_only(mount) if mount is not None else None


def socket_entry(reader: read.Reader, path: str, kind: str) -> dict | None:
    """A runtime socket's facts, or None when nothing is at ``path``; a symlink is followed
    with stat (never connected to) and named."""
    try:
        link = reader.lstat(path)
    except read.ReadError as error:
        return _socket(path, kind, error=str(error))
    if link is None:
        return None
    entry = _socket(path, kind)
    if stat.S_ISLNK(link.mode):
        try:
            entry["symlink_to"] = reader.link_target(path)
            info = reader.stat(path)
        except read.ReadError as error:
            entry["error"] = str(error)
            return entry
    else:
        info = link
    entry["is_socket"] = stat.S_ISSOCK(info.mode)
    if entry["is_socket"]:
        try:
            entry["writable"] = reader.writable(path)
        except read.ReadError as error:
            entry["error"] = str(error)
    return entry


def _socket(path: str, kind: str, error: str | None = None) -> dict:
    return {
        "path": path,
        "runtime": kind,
        "symlink_to": None,
        "is_socket": None,
        "writable": None,
        "error": error,
    }


def token_entry(reader: read.Reader, path: str = SERVICE_ACCOUNT_TOKEN) -> dict:
    """Whether a service-account token is there: lstat only, the file is never opened."""
    try:
        present = reader.lstat(path) is not None
    except read.ReadError as error:
        return {"path": path, "present": None, "error": str(error)}
    return {"path": path, "present": present, "error": None}


def walls_section(
    reader: read.Reader,
    status: dict | None,
    mounts: list[dict] | None,
    sockets=RUNTIME_SOCKETS,
    token_path=None,
) -> dict:
    label_text = reader.security_label()
    seen = set()
    found = []
    problems = []
    if reader.captured:
        problems.append("Runtime sockets are not part of the captured facts.")
        sockets = ()
    for path, kind in sockets:
        entry = socket_entry(reader, path, kind)
        if entry is None:
            continue
        # /run and /var/run are usually one directory: report a socket once.
        key = reader.real_path(path)
        if key in seen:
            continue
        seen.add(key)
        found.append(entry)
    if not mounts:
        problems.append("mountinfo could not be read: read-only facts are unknown.")
    return {
        "security_label": parse_security_label(label_text),
        "seccomp_filters": parse_seccomp_filters((status or {}).get("Seccomp_filters")),
        "runtime_sockets": found,
        "service_account_token": token_entry(reader, token_path or SERVICE_ACCOUNT_TOKEN),
        "proc_sys_read_only": mount_read_only(mounts, "/proc/sys"),
        "cgroup_read_only": mount_read_only(mounts, "/sys/fs/cgroup"),
        "error": " ".join(problems) or None,
    }


def empty_section() -> dict:
    """The section's shape when it could not be collected: every fact unknown."""
    return {
        "security_label": parse_security_label(None),
        "seccomp_filters": None,
        "runtime_sockets": [],
        "service_account_token": {"path": SERVICE_ACCOUNT_TOKEN, "present": None, "error": None},
        "proc_sys_read_only": None,
        "cgroup_read_only": None,
        "error": None,
    }
