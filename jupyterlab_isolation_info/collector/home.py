"""The home section: the run-as user's home directory from passwd, its owner, mode and mount."""

from __future__ import annotations

import stat

from . import parse, read
from .process import ProcessState


def overflow_uid(reader: read.Reader) -> int:
    """The uid an unmapped owner shows as (nobody), from /proc/sys/kernel/overflowuid."""
    return reader.sysctl_int("overflowuid") or parse.OVERFLOW_ID_DEFAULT


def empty_section(path: str | None) -> dict:
    """The section's shape before it is filled in, and when it could not be collected."""
    return {
        "path": path,
        "exists": None,
        "owner_uid": None,
        "owner_gid": None,
        "owner_name": None,
        "mode": None,
        "host_owner_uid": None,
        "owner_is_run_as": None,
        "owner_unmapped": None,
        "filesystem": None,
        "mount_source": None,
        "error": None,
    }


def home_section(proc: ProcessState, run_as: dict) -> dict:
    reader = proc.reader
    path = run_as.get("home")
    section = empty_section(path)
    if not path:
        section["error"] = "The home directory is unknown: the user has no passwd entry."
        return section
    try:
        info = reader.stat(path)
    except read.NotFound as error:
        section["exists"] = False  # missing is a fact
        section["error"] = str(error)
        return section
    except read.ReadError as error:
        section["error"] = str(error)  # any other failure leaves existence unknown
        return section
    owner = reader.user_by_uid(info.uid)
    filesystem, source, _ = proc.mount_facts(path)
    section.update(
        exists=True,
        owner_uid=info.uid,
        owner_gid=info.gid,
        owner_name=owner.name if owner else None,
        mode=f"{stat.S_IMODE(info.mode):04o}",
        host_owner_uid=parse.map_to_host(info.uid, proc.uid_map or []),
        owner_is_run_as=info.uid == run_as.get("uid"),
        owner_unmapped=info.uid == overflow_uid(reader),
        filesystem=filesystem,
        mount_source=source,
    )
    if not stat.S_ISDIR(info.mode):
        section["error"] = f"{path} is not a directory."
    elif proc.mounts is None:
        section["error"] = proc.errors.get("mountinfo")
    return section
