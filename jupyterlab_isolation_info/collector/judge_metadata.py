"""The app metadata section's judge: is this a Studio app, and can its metadata be trusted."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, tone, unknown

# Repeated keys named in the detail; the rest are left out.
REPEATED_KEYS_SHOWN = 5

FINDINGS = {
    "not-in-studio": Declared(
        "info",
        "metadata",
        "No SageMaker app metadata file: not a Studio app.",
        "metadata.found",
        "Not in SageMaker Studio",
        "There is no app metadata file at {path}, so this does not look like a Studio app. The "
        "rest of the report still describes this machine.",
    ),
    "metadata-unreadable": Declared(
        "warning",
        "metadata",
        "The app metadata file exists but cannot be read.",
        "metadata.error",
        "The app metadata file cannot be read",
        "{error} The app's domain, profile and space cannot be shown.",
    ),
    "metadata-repeated-keys": Declared(
        "warning",
        "metadata",
        "The app metadata file names a key twice.",
        "metadata.repeated_keys",
        "The app metadata file repeats keys",
        "{keys} appear more than once in one object. The report shows the last value, as most "
        "parsers do, but another reader may see the first: the file is ambiguous and may have "
        "been edited.",
    ),
    "metadata-writable": Declared(
        "warning",
        "metadata",
        "This user can change the app metadata file.",
        "metadata.read_only",
        "The app metadata file is writable",
        "{path} is on a file system mounted read-write, so its contents cannot be trusted. "
        "Studio mounts it read-only.",
    ),
}


def find(report: dict, given: dict) -> list[dict]:
    metadata = report.get("metadata") or {}
    if metadata.get("found") is False:
        return [emit(FINDINGS, "not-in-studio", path=metadata.get("path"))]
    findings = []
    if metadata.get("error"):
        findings.append(emit(FINDINGS, "metadata-unreadable", error=metadata["error"]))
    repeated = metadata.get("repeated_keys") or []
    if repeated:
        keys = ", ".join(repeated[:REPEATED_KEYS_SHOWN])
        findings.append(emit(FINDINGS, "metadata-repeated-keys", keys=keys))
    if metadata.get("read_only") is False:
        findings.append(emit(FINDINGS, "metadata-writable", path=metadata.get("path")))
    return findings


def tones(report: dict) -> dict:
    metadata = report.get("metadata") or {}
    found, read_only = metadata.get("found"), metadata.get("read_only")
    if found is False:
        read_only_tone = tone(
            "neutral",
            "not found",
            "There is no app metadata file: this does not look like a Studio app.",
        )
    elif read_only is True:
        read_only_tone = tone(
            "ok", "read-only", "Its file system is mounted read-only, as in Studio."
        )
    elif read_only is False:
        read_only_tone = tone(
            "warning", "read-write", "It should be mounted read-only, as Studio does."
        )
    else:
        read_only_tone = unknown(
            "unknown",
            metadata.get("error"),
            "Whether its file system is mounted read-only could not be read.",
        )
    return {fact_key("metadata", "read_only"): read_only_tone}


JUDGE = Judge("metadata", FINDINGS, find, tones, tones_when_absent=True)
