"""Every mount at or under the home, and the app's own mounts under /opt/ml.

In new Studio the home is the space's volume and, with EFS, the user's EFS directory appears at
``$HOME/user-default-efs`` through an access point (owner the profile's unique uid, gid 0, mode
700). An owner outside the container's id map shows as the overflow id (nobody). Selection is
pure; owner, mode and writability come from the Reader (stat and access(W_OK), never a
write).
"""

from __future__ import annotations

import stat

from . import parse, read

APP_ROOT = "/opt/ml"


def _inside(path: str, root: str) -> bool:
    root = root.rstrip("/") or "/"
    return path == root or path.startswith(root + "/")


def mounts_of_interest(mounts: list[dict], homes: list[str]) -> list[tuple[dict, str]]:
    """(mount, role) for mounts at a home ("home"), under one ("under-home"), or under /opt/ml
    ("app"), in mountinfo order; a mount point listed twice keeps its top (last) mount."""
    chosen: dict[str, tuple[dict, str]] = {}
    for mount in mounts:
        point = mount["mount_point"]
        role = None
        for home in homes:
            if point == home.rstrip("/"):
                role = "home"
            elif _inside(point, home) and role is None:
                role = "under-home"
        if role is None and _inside(point, APP_ROOT):
            role = "app"
        if role is not None:
            chosen.pop(point, None)
            chosen[point] = (mount, role)
    return list(chosen.values())


def _entry(mount: dict, role: str) -> dict:
    return {
        "path": mount["mount_point"],
        "role": role,
        "filesystem": mount["filesystem"],
        "mount_source": mount["mount_source"],
        "read_only": parse.is_read_only(mount),
        "owner_uid": None,
        "owner_gid": None,
        "owner_name": None,
        "host_owner_uid": None,
        "owner_unmapped": None,
        "mode": None,
        "writable": None,
        "error": None,
    }


def mount_entry(
    reader: read.Reader,
    mount: dict,
    role: str,
    uid_map: list[dict] | None,
    overflow_uid: int,
) -> dict:
    """One mount's facts; a stat or access that fails or hangs leaves a sentence in ``error``."""
    entry = _entry(mount, role)
    path = entry["path"]
    try:
        info = reader.stat(path)
    except read.ReadError as error:
        # A mount point exists by definition: a snapshot without it just does not say.
        entry["error"] = (
            f"The owner and mode of {path} are not part of the captured facts."
            if reader.captured
            else str(error)
        )
        return entry
    owner = reader.user_by_uid(info.uid)
    unmapped = info.uid == overflow_uid
    # An unmapped owner's real uid cannot be seen from inside: the host owner stays unknown.
    known_map = uid_map is not None and not unmapped
    entry.update(
        owner_uid=info.uid,
        owner_gid=info.gid,
        owner_name=owner.name if owner else None,
        host_owner_uid=parse.map_to_host(info.uid, uid_map) if known_map else None,
        owner_unmapped=unmapped,
        mode=f"{stat.S_IMODE(info.mode):04o}",
    )
    try:
        entry["writable"] = reader.writable(path)
    except read.ReadError as error:
        entry["error"] = str(error)
    return entry


def empty_section() -> list[dict]:
    """The section's shape when it could not be collected: no mount known."""
    return []


def mounts_section(
    reader: read.Reader,
    mounts: list[dict] | None,
    homes: list,
    uid_map: list[dict] | None,
    overflow_uid: int,
) -> list[dict]:
    homes = [h for h in dict.fromkeys(homes) if isinstance(h, str) and h.startswith("/")]
    resolved = []
    for home in homes:
        resolved += [home, reader.real_path(home)]
    section = empty_section()
    section.extend(
        mount_entry(reader, mount, role, uid_map, overflow_uid)
        for mount, role in mounts_of_interest(mounts or [], list(dict.fromkeys(resolved)))
    )
    return section
