"""The kernels section: each running kernel's identity, read from /proc/<pid>/ through the same
``ProcessState`` as the server's own."""

from __future__ import annotations

import contextlib

from . import limits, parse, read
from .process import ProcessState


def empty_section() -> list[dict]:
    """The section's shape when it could not be collected: no kernel known."""
    return []


def kernels_section(reader: read.Reader, kernels) -> list[dict]:
    """Each running kernel's identity and memory cgroup; a kernel without a local pid says why
    it has none."""
    server_cgroup = None
    # The server's own cgroup is looked up only when a kernel is there to compare with it.
    if any(kernel.get("pid") is not None for kernel in kernels):
        with contextlib.suppress(read.ReadError, ValueError):  # unknown: nothing to compare
            server_cgroup = limits.memory_location(reader)
    entries = empty_section()
    for kernel in kernels:
        pid = kernel.get("pid")
        entry = {"id": str(kernel.get("id")), "name": kernel.get("name"), "local": pid is not None}
        if pid is None:
            entry["error"] = "This kernel is not a local process; its identity cannot be read here."
        else:
            entry["pid"] = pid
            entry.update(process_identity(reader, pid))
            entry["cgroup"] = limits.kernel_cgroup(reader, pid, server_cgroup)
        entries.append(entry)
    return entries


def process_identity(reader: read.Reader, pid: int) -> dict:
    """uid, user, gid, host ids and a capability summary of a process; an ``error`` if unreadable.

    The pid's uid_map is read from this process's namespace, so its host ids are relative to the
    same parent namespace as the server's own (user_namespaces(7)).
    """
    if isinstance(pid, bool) or not isinstance(pid, int):
        return {"error": f"The process {pid!r} cannot be inspected: its pid is not a number."}
    proc = ProcessState(reader, pid)
    if proc.status is None:
        if not reader.process_exists(pid):
            return {"error": f"There is no process {pid}: the kernel may have exited."}
        return {"error": f"The process {pid} cannot be inspected: {proc.errors['status']}"}
    ids = proc.status_ids
    if ids is None:
        return {"error": proc.errors["ids"]}
    uid, gid = ids.uid, ids.gid
    status = proc.status
    entry = reader.user_by_uid(uid)
    return {
        "uid": uid,
        "user": entry.name if entry else None,
        "gid": gid,
        "host_uid": proc.map_to_host(uid, "uid_map"),
        "host_gid": proc.map_to_host(gid, "gid_map"),
        "capabilities": _capabilities(status, pid),
        "error": " ".join(
            proc.errors[name] for name in ("uid_map", "gid_map") if name in proc.errors
        )
        or None,
    }


def _capabilities(status: dict, pid: int) -> dict:
    """The effective set and the bounding set's extras. A set whose line is missing or cannot
    be decoded is None (unknown, never "no capabilities") and ``error`` says why."""
    problems = []

    def decoded(line: str) -> list[str] | None:
        mask = status.get(line)
        if mask is None:
            problems.append(f"/proc/{pid}/status has no {line} line.")
            return None
        try:
            return parse.decode_capabilities(mask)
        except ValueError as error:
            problems.append(f"The {line} line of /proc/{pid}/status cannot be decoded ({error}).")
            return None

    effective, bounding = decoded("CapEff"), decoded("CapBnd")
    return {
        "effective": effective,
        "beyond_docker_default": None
        if bounding is None
        else parse.beyond_docker_default(bounding),
        "error": " ".join(problems) or None,
    }
