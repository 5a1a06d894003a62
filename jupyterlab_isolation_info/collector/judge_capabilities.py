"""The capabilities section's judge: the bounding set against Docker's default, and seccomp."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, tone, unknown

FINDINGS = {
    "caps-beyond-docker-default": Declared(
        "warning",
        "capabilities",
        "Effective capabilities beyond Docker's default set.",
        "capabilities.beyond_docker_default",
        "Capabilities beyond Docker's defaults",
        "The bounding set keeps {names}, which a default container does not have; code running "
        "as root here can use them. Drop them unless the image needs them.",
    ),
    "seccomp-disabled": Declared(
        "info",
        "capabilities",
        "No seccomp filter is in force.",
        "capabilities.seccomp",
        "No seccomp filter",
        "Every system call is allowed to this process. Docker applies a default seccomp "
        "profile; without it the kernel's attack surface is larger.",
    ),
}


def _section(report: dict) -> tuple[dict, list[str]]:
    """The section, and its capabilities beyond Docker's defaults, as the finding and the tone
    read them (none where the set is unknown: its tone says why)."""
    capabilities = report.get("capabilities") or {}
    return capabilities, capabilities.get("beyond_docker_default") or []


def find(report: dict, given: dict) -> list[dict]:
    capabilities, beyond = _section(report)
    findings = []
    if beyond:
        findings.append(emit(FINDINGS, "caps-beyond-docker-default", names=", ".join(beyond)))
    if capabilities.get("seccomp") == "disabled":
        findings.append(emit(FINDINGS, "seccomp-disabled"))
    return findings


def tones(report: dict) -> dict:
    capabilities, beyond = _section(report)
    unread = capabilities.get("error") and not capabilities.get("bounding")
    if unread:
        set_tone = unknown(
            "unknown", capabilities.get("error"), "The bounding set could not be read."
        )
    elif beyond:
        set_tone = tone(
            "warning", ", ".join(beyond), "A default container does not have these capabilities."
        )
    else:
        set_tone = tone("ok", "none", "The bounding set is within Docker's defaults.")
    tones = {fact_key("capabilities", "beyond_docker_default"): set_tone}
    for name in beyond:
        tones[fact_key("capabilities", "bounding", name)] = tone(
            "warning", name, "Not in Docker's default set."
        )
    return tones


JUDGE = Judge("capabilities", FINDINGS, find, tones, tones_when_absent=True)
