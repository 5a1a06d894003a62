"""The run-as section: who this process runs as, from /proc/self/status and the user database.

The home comes from the user database (passwd), never from $HOME; whether sudo works is asked
of `sudo -n true` (``read.Reader.sudo``).
"""

from __future__ import annotations

from . import read
from .process import ProcessState


def empty_section(uid: int, gid: int) -> dict:
    """The section's shape before it is filled in, and when it could not be collected."""
    return {
        "user": None,
        "uid": uid,
        "gid": gid,
        "groups": [],
        "home": None,
        "sudo": "unknown",
        "sudo_detail": None,
        "root_host_uid": None,
        "error": None,
    }


def run_as_section(reader: read.Reader, proc: ProcessState, check_sudo: bool = True) -> dict:
    uid, gid, groups = proc.ids
    section = empty_section(uid, gid)
    entry = reader.user_by_uid(uid)
    sudo, sudo_detail = reader.sudo(uid, run=check_sudo)
    ordered = [gid, *(g for g in groups if g != gid)]  # `id` lists the primary group first
    problems = []
    if "ids" in proc.errors:
        problems.append(
            f"{proc.errors['ids']} The ids shown are this process's own (getuid, getgid, "
            "getgroups)."
        )
    if entry is None:
        problems.append(
            f"There is no passwd entry for uid {uid}, so the user has no name or home directory "
            "here."
        )
    section.update(
        user=entry.name if entry else None,
        groups=[{"gid": g, "name": reader.group_name(g)} for g in ordered],
        # From the user database, never from $HOME.
        home=entry.home if entry else None,
        sudo=sudo,
        sudo_detail=sudo_detail,
        # The host uid that uid 0 maps to (user_namespaces(7)); null when unknown or unmapped.
        root_host_uid=proc.map_to_host(0),
        error=" ".join(problems) or None,
    )
    return section
