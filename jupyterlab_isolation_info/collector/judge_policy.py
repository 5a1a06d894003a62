"""The Pod Security Standards section's judge: the level the process runs at, each control's
status in words, and a finding when no other finding says why it is below Baseline."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, tone, unknown

# The level and each control's status, as every view words them, with their tones.
POLICY_LEVEL_TEXT = {
    "restricted": ("ok", "Restricted"),
    "baseline": ("neutral", "Baseline"),
    "privileged": ("warning", "Privileged (below Baseline)"),
}
CONTROL_STATUS_TEXT = {
    "met": ("ok", "met"),
    "not_met": ("warning", "not met"),
    "unmeasured": ("neutral", "not measurable from inside"),
    "unknown": ("unknown", "unknown"),
}

FINDINGS = {
    "pod-security-below-baseline": Declared(
        "warning",
        "policy",
        "Below the Pod Security Baseline, no other finding says why.",
        "policy.level",
        "Below the Pod Security Baseline",
        "As it runs, this process falls short of the Baseline level of the Kubernetes Pod "
        "Security Standards: {failed}. This is what the process got, whatever its pod's manifest "
        "asked for; the Pod Security Standards section lists every control and what could not "
        "be measured.",
    ),
}

# The finding that already says what a failed Baseline control measured.
BASELINE_SAID_BY = {
    "capabilities-baseline": "caps-beyond-docker-default",  # Docker's 14 = Baseline's 13 + NET_RAW
    "privileged": "caps-beyond-docker-default",  # a privileged container has every capability
    "seccomp-baseline": "seccomp-disabled",
    "apparmor": "no-security-profile",
}


def find(report: dict, given: dict) -> list[dict]:
    """Below the Pod Security Standards' Baseline, when no finding already says why (an SELinux
    type outside the container types, which nothing else looks at); the level itself is in the
    policy section and its metric either way. Judged after every other section (JUDGES)."""
    policy = report.get("policy") or {}
    if policy.get("level") != "privileged":
        return []
    failed = [
        c
        for c in policy.get("controls") or []
        if c.get("level") == "baseline" and c.get("status") == "not_met"
    ]
    said = set(given.get("found") or ())
    if all(BASELINE_SAID_BY.get(c.get("id")) in said for c in failed):
        return []
    words = "; ".join(f"{c.get('title')} ({c.get('measured')})" for c in failed)
    return [emit(FINDINGS, "pod-security-below-baseline", failed=words)]


def tones(report: dict) -> dict:
    policy = report.get("policy") or {}
    level = policy.get("level")
    text = policy.get("level_text")
    if level in POLICY_LEVEL_TEXT:
        tones = {fact_key("policy", "level"): tone(*POLICY_LEVEL_TEXT[level], text)}
    else:
        tones = {fact_key("policy", "level"): unknown("unknown", text, "No level was decided.")}
    for control in policy.get("controls") or []:
        status_tone, wording = CONTROL_STATUS_TEXT.get(
            control.get("status"), ("unknown", "unknown")
        )
        why = "; ".join(str(v) for v in (control.get("measured"), control.get("detail")) if v)
        if status_tone == "unknown":
            entry = unknown(wording, why, "The fact this control needs could not be read.")
        else:
            entry = tone(status_tone, wording, why or None)
        tones[fact_key("policy", "controls", control.get("id"), "status")] = entry
    return tones


JUDGE = Judge("policy", FINDINGS, find, tones)
