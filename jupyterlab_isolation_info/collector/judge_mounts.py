"""The mounts section's judge: the mounts at or under the home, whose owner and whether you may
write there; under /opt/ml the platform's owner and a read-only mount are expected."""

from __future__ import annotations

from .judging import (
    Declared,
    Judge,
    emit,
    fact_key,
    id_name,
    read_only_text,
    tone,
    unknown,
    worst,
    yes_no,
)

# The roles a mount has (mounts.py); only the home's are judged.
AT_HOME = ("home", "under-home")

FINDINGS = {
    "mount-owner-unmapped": Declared(
        "warning",
        "mounts",
        "A mount at or under the home is owned by an unmapped uid.",
        "mounts[*].owner_unmapped",
        "{path} is owned by nobody",
        "{path} ({filesystem}) shows as owned by nobody because its owner on the file system is "
        "a uid that is not mapped into this container. Files there keep their real owner; only "
        "this container cannot name it.{efs_note}",
    ),
    "home-mount-not-writable": Declared(
        "warning",
        "mounts",
        "A mount at or under the home cannot be written by this user.",
        "mounts[*].writable",
        "You cannot write to {path}",
        "{path} is not writable by the run-as user: {why} forbid it (checked with access(W_OK); "
        "nothing was written). Save your work elsewhere in the home or ask your administrator "
        "about the mount.",
    ),
}
EFS_NOTE = (
    " On Studio's EFS this is the profile's own uid, and access goes by the access point instead."
)


def find(report: dict, given: dict) -> list[dict]:
    findings = []
    for mount in report.get("mounts") or []:
        path = mount.get("path")
        at_home = mount.get("role") in AT_HOME
        if mount.get("owner_unmapped") and at_home:
            nfs = str(mount.get("filesystem", "")).startswith("nfs")
            findings.append(
                emit(
                    FINDINGS,
                    "mount-owner-unmapped",
                    path=path,
                    filesystem=mount.get("filesystem"),
                    efs_note=EFS_NOTE if nfs else "",
                )
            )
        if at_home and mount.get("writable") is False:
            why = "the mount options" if mount.get("read_only") else "its owner and mode"
            findings.append(emit(FINDINGS, "home-mount-not-writable", path=path, why=why))
    return findings


def mount_row_text(mount: dict) -> str:
    """A mount's facts on one line, as every view words them."""
    owner = id_name(mount.get("owner_uid"), mount.get("owner_name"))
    if mount.get("owner_unmapped"):
        owner += " (not mapped into this container)"
    elif mount.get("host_owner_uid") is not None:
        owner += f", host uid {mount.get('host_owner_uid')}"
    facts = [
        f"{mount.get('filesystem') or 'unknown'} from {mount.get('mount_source') or 'unknown'}",
        read_only_text(mount.get("read_only")),
        f"owner {owner}",
        f"mode {mount.get('mode') or 'unknown'}",
        f"writable by you: {yes_no(mount.get('writable'))}",
    ]
    if mount.get("error"):
        facts.append(str(mount["error"]))
    return ", ".join(facts)


def tones(report: dict) -> dict:
    tones = {}
    for mount in report.get("mounts") or []:
        path, why = mount.get("path"), mount.get("error")
        # Under /opt/ml an owner outside the map or a read-only mount is the platform's: expected.
        app = mount.get("role") == "app"
        unmapped, writable = mount.get("owner_unmapped"), mount.get("writable")
        if unmapped is None:
            unmapped_tone = unknown("unknown", why, "The owner could not be read.")
        elif unmapped:
            unmapped_tone = tone(
                "neutral" if app else "warning",
                "not mapped into this container",
                "Under /opt/ml the platform's owner is expected."
                if app
                else "Its owner on the file system is a uid not mapped into this container.",
            )
        else:
            unmapped_tone = tone("neutral", "mapped")
        if writable is None:
            writable_tone = unknown("unknown", why, "access(W_OK) could not be asked.")
        elif writable:
            writable_tone = tone(
                "neutral", "yes", "Checked with access(W_OK); nothing was written."
            )
        else:
            writable_tone = tone(
                "neutral" if app else "warning",
                "no",
                "Checked with access(W_OK); nothing was written.",
            )
        read_only = tone("neutral", read_only_text(mount.get("read_only")))
        row = [unmapped_tone["tone"], writable_tone["tone"]]
        # An unknown under /opt/ml is not worth marking the row: nothing there is judged.
        row_tone = worst([t for t in row if not (app and t == "unknown")])
        tones.update(
            {
                fact_key("mounts", identity=path, item_field="read_only"): read_only,
                fact_key("mounts", identity=path, item_field="owner_unmapped"): unmapped_tone,
                fact_key("mounts", identity=path, item_field="writable"): writable_tone,
                fact_key("mounts", identity=path): tone(row_tone, mount_row_text(mount), why),
            }
        )
    return tones


JUDGE = Judge("mounts", FINDINGS, find, tones)
