"""The volumes section's judge: a volume the user writes to nearly full or full, its figures in
people's units."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, read_only_text, tone, unknown
from .limits import human_bytes

# A volume counts as nearly full from this share of its blocks or inodes on.
NEARLY_FULL = 0.9

_WHAT_TO_DO = (
    "Emptying the Trash (Trash in $XDG_DATA_HOME, ~/.local/share by default) frees what was "
    "deleted in JupyterLab (deleting moves files there while jupyter_server's "
    "FileContentsManager.delete_to_trash is on, its default); in the new SageMaker Studio a "
    "JupyterLab space's storage can be raised in the space's settings while the space is "
    "stopped, up to the domain's maximum."
)

# Where the space went is known only from a walk this server ran; without one, how to run it.
NOT_WALKED = (
    "No folder on this volume has been walked since the server started, so where the space "
    "went is not known here: Show Disk Space (the command palette) or `jupyter isolation-info "
    "space` in a terminal names the largest folders and the caches, each with the command that "
    "clears it."
)

FINDINGS = {
    "volume-full": Declared(
        "critical",
        "volumes",
        "A volume the user writes to has no space or no inodes left.",
        "volumes[*]",
        "{mount_point} is full",
        '{mount_point} ({roles}) has {what} left: writing there fails with "No space left on '
        'device" (ENOSPC){shm}. {where} ' + _WHAT_TO_DO,
    ),
    "volume-nearly-full": Declared(
        "warning",
        "volumes",
        "A volume the user writes to is at 90 % or more of its space or inodes.",
        "volumes[*]",
        "{mount_point} is {percent} % full",
        "{mount_point} ({roles}) uses {percent} % of its {what}: {left} left. {where} "
        + _WHAT_TO_DO,
    ),
}


def where_it_went(walked: dict | None) -> str:
    """Where the space went, from the volume's last walk (report.schema.json's ``walked``); when
    there was none, that it is not known and how to find out."""
    if not walked:
        return NOT_WALKED
    found = []
    if walked.get("largest"):
        found.append(
            "the largest folders "
            + ", ".join(f"{f['path']} {human_bytes(f['bytes'])}" for f in walked["largest"])
        )
    found += [f"{c['name']} {human_bytes(c['bytes'])}: `{c['clear']}`" for c in walked["caches"]]
    if walked.get("trash_bytes"):
        found.append(f"the Trash {human_bytes(walked['trash_bytes'])}")
    if not found:
        return f"The walk of {walked['path']} at {walked['at']} found no folder or cache to name."
    return f"The walk of {walked['path']} at {walked['at']} found: {'; '.join(found)}."


def share(used, available) -> float | None:
    """The used share as df counts it: used / (used + available to an ordinary user)."""
    if used is None or available is None or used + available <= 0:
        return None
    return used / (used + available)


def level(used, available) -> str:
    """ "full" (nothing left), "nearly" (NEARLY_FULL or more used) or "" for one figure."""
    part = share(used, available)
    if part is None:
        return ""
    if available == 0:
        return "full"
    return "nearly" if part >= NEARLY_FULL else ""


def _levels(volume: dict) -> tuple[str, str]:
    """The levels of a volume's space and inodes; a read-only or unread volume is not judged
    (a read-only image is full by design)."""
    if volume.get("read_only") or volume.get("error"):
        return "", ""
    return (
        level(volume.get("used_bytes"), volume.get("available_bytes")),
        level(volume.get("inodes_used"), volume.get("inodes_available")),
    )


def fullness(volume: dict) -> tuple[str, float | None, str]:
    """("full" | "nearly" | "", the share used, "space" or "inodes"): the worse of the two."""
    space, inodes = _levels(volume)
    rank = {"full": 2, "nearly": 1, "": 0}
    what = "inodes" if rank[inodes] > rank[space] else "space"
    used = "inodes_used" if what == "inodes" else "used_bytes"
    available = "inodes_available" if what == "inodes" else "available_bytes"
    return max(space, inodes, key=rank.get), share(volume.get(used), volume.get(available)), what


def find(report: dict, given: dict) -> list[dict]:
    found = []
    for volume in report.get("volumes") or []:
        state, worst, what = fullness(volume)
        if not state:
            continue
        point = volume.get("mount_point")
        roles = ", ".join(volume.get("roles") or [])
        if state == "full":
            shm = (
                '; a process writing to shared memory there dies of SIGBUS ("Bus error")'
                if "shm" in (volume.get("roles") or [])
                else ""
            )
            found.append(
                emit(
                    FINDINGS,
                    "volume-full",
                    mount_point=point,
                    roles=roles,
                    what="no space" if what == "space" else "no inodes",
                    shm=shm,
                    where=where_it_went(volume.get("walked")),
                )
            )
        else:
            left = (
                human_bytes(volume.get("available_bytes"))
                if what == "space"
                else f"{volume.get('inodes_available')} inodes"
            )
            found.append(
                emit(
                    FINDINGS,
                    "volume-nearly-full",
                    mount_point=point,
                    roles=roles,
                    percent=f"{100 * worst:.0f}",
                    what="space" if what == "space" else "inodes",
                    left=left,
                    where=where_it_went(volume.get("walked")),
                )
            )
    return found


def _percent(used, available) -> str:
    part = share(used, available)
    return "" if part is None else f" ({100 * part:.0f} %)"


def _tone_of(state: str) -> str:
    return {"full": "critical", "nearly": "warning"}.get(state, "ok")


def tones(report: dict) -> dict:
    """Each volume's figures as people read them, toned as the findings judge them."""
    tones = {}
    for volume in report.get("volumes") or []:
        point = volume.get("mount_point")

        def key(field: str, point=point) -> str:
            return fact_key("volumes", identity=point, item_field=field)

        why = volume.get("error")
        read_only = volume.get("read_only")
        space_level, inodes_level = _levels(volume)
        # A read-only volume is not written to: its fullness is plain data.
        space = "neutral" if read_only else _tone_of(space_level)
        inodes = "neutral" if read_only else _tone_of(inodes_level)
        used, size = volume.get("used_bytes"), volume.get("size_bytes")
        available = volume.get("available_bytes")
        if used is None or size is None or available is None:
            fact = unknown("unknown", why, "How full it is could not be read.")
            tones[key("used_bytes")] = fact
            tones[key("available_bytes")] = fact
        else:
            tones[key("used_bytes")] = tone(
                space,
                f"{human_bytes(used)} of {human_bytes(size)}{_percent(used, available)}",
                "Used as df counts it; the available space is what an ordinary user may fill.",
            )
            tones[key("available_bytes")] = tone(space, human_bytes(available))
        inodes_used, inodes_total = volume.get("inodes_used"), volume.get("inodes_total")
        if inodes_used is None or inodes_total is None:
            fact = unknown(
                "unknown",
                why,
                "This file system keeps no fixed inode table (statvfs reports 0 inodes).",
            )
        else:
            fact = tone(
                inodes,
                f"{inodes_used} of {inodes_total}"
                f"{_percent(inodes_used, volume.get('inodes_available'))}",
            )
        tones[key("inodes_used")] = fact
        tones[key("read_only")] = tone("neutral", read_only_text(read_only))
        # The volume as a whole: the worse of its space and its inodes (the findings' fact).
        state, part, what = fullness(volume)
        if read_only:
            whole = tone("neutral", "read-only", "Nothing is written here.")
        elif part is None:
            whole = unknown("unknown", why, "How full it is could not be read.")
        else:
            whole = tone(_tone_of(state), f"{100 * part:.0f} % of its {what} used")
        tones[fact_key("volumes", identity=point)] = whole
        kept = volume.get("kept_on_restart")
        reason = volume.get("kept_on_restart_reason")
        tones[key("kept_on_restart")] = (
            unknown("unknown", reason, "Whether a restart keeps it is unknown.")
            if kept is None
            else tone("neutral", "kept" if kept else "lost", reason)
        )
    return tones


JUDGE = Judge("volumes", FINDINGS, find, tones)
