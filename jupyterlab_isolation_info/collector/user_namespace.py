"""The user namespace section: the uid and gid maps and where the run-as ids lie on the host."""

from __future__ import annotations

from . import parse
from .process import ProcessState


def empty_section() -> dict:
    """The section's shape when it could not be collected: every fact unknown."""
    return {
        "remapped": None,
        "uid_map": [],
        "gid_map": [],
        "host_uid": None,
        "host_gid": None,
        "error": None,
    }


def user_namespace_section(proc: ProcessState) -> dict:
    uid, gid, _ = proc.ids
    uid_map, gid_map = proc.uid_map, proc.gid_map
    errors = [proc.errors[name] for name in ("uid_map", "gid_map") if name in proc.errors]
    section = empty_section()
    section.update(
        # Unknown (null) when uid_map cannot be read: never "not remapped" by default.
        remapped=None if uid_map is None else not parse.is_identity_map(uid_map),
        uid_map=uid_map or [],
        gid_map=gid_map or [],
        host_uid=parse.map_to_host(uid, uid_map or []),
        host_gid=parse.map_to_host(gid, gid_map or []),
        error=" ".join(errors) or None,
    )
    return section
