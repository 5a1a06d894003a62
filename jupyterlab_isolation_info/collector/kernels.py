"""The identity of another local process (a kernel), read from /proc/<pid>/."""

from __future__ import annotations

from . import parse, read


def process_identity(reader: read.Reader, pid: int) -> dict:
    """uid, user, gid, host ids and a capability summary of a process; an ``error`` if unreadable.

    The pid's uid_map is read from this process's namespace, so its host ids are relative to the
    same parent namespace as the server's own (user_namespaces(7)).
    """
    try:
        status = parse.parse_status(reader.proc_text("status", int(pid)))
        uids = parse.status_ids(status.get("Uid"))
        gids = parse.status_ids(status.get("Gid"))
    except (read.ReadError, TypeError, ValueError) as error:
        if isinstance(pid, int) and not reader.process_exists(pid):
            return {"error": f"There is no process {pid}: the kernel may have exited."}
        return {"error": f"The process {pid} cannot be inspected: {error}"}
    if uids is None or gids is None:
        return {"error": f"/proc/{pid}/status has no Uid or Gid line."}
    uid, gid = uids[0], gids[0]
    identity = {
        "uid": uid,
        "user": _user_name(reader, uid),
        "gid": gid,
        "host_uid": None,
        "host_gid": None,
        "capabilities": {
            "effective": _caps(status.get("CapEff")),
            "beyond_docker_default": parse.beyond_docker_default(_caps(status.get("CapBnd"))),
        },
        "error": None,
    }
    problems = []
    for key, name, inside in (("host_uid", "uid_map", uid), ("host_gid", "gid_map", gid)):
        try:
            lines = parse.parse_id_map(reader.proc_text(name, int(pid)))
        except (read.ReadError, ValueError) as error:
            problems.append(str(error))
            continue
        identity[key] = parse.map_to_host(inside, lines)
    identity["error"] = " ".join(problems) or None
    return identity


def _user_name(reader: read.Reader, uid: int) -> str | None:
    entry = reader.user_by_uid(uid)
    return entry.name if entry else None


def _caps(mask: str | None) -> list[str]:
    if mask is None:
        return []
    try:
        return parse.decode_capabilities(mask)
    except ValueError:
        return []
