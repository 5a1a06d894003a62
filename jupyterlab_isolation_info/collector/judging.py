"""Pure: what every section's judge is made of (a finding declared as data, a tone, a fact's key).

Each section has one judge, ``judge_<section>.py``: its findings declared as data beside the
thresholds they use, the rule that emits them, and the tones of its facts. ``findings.py`` and
``summary.py`` only gather the judges, in the one order of ``findings.JUDGES``.

Tones: ``ok`` (measured good), ``warning``, ``critical``, ``unknown`` (with a reason),
``neutral`` (plain data, nothing to judge). A finding's severity and the tone of the fact it
is about agree: critical is critical, warning is warning, and an ``info`` finding's fact is
neutral.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

TONES = ("ok", "warning", "critical", "unknown", "neutral")
SEVERITY_ORDER = ("critical", "warning", "info")

# Endpoint statuses as every view words them.
STATUS_TEXT = {
    "blocked": "blocked",
    "routable": "routable (not probed)",
    "reachable": "reachable",
    "unknown": "unknown",
}
ROUTABLE_REASON = "A route exists; no packet was sent, so whether it answers is not known."
# The statuses a route lookup or probe measured; any other is unknown.
MEASURED_STATUSES = ("blocked", "reachable", "routable")


class Declared(NamedTuple):
    """A finding as data: its severity, the section it is listed under, what it means in one
    sentence (the documented list, the metrics' label values and the tests read these), the
    report's fact it is about (a ``tones`` key; ``[*]`` stands for any item of a list), and its
    title and detail as ``str.format`` templates that the rule fills with this report's
    particulars."""

    severity: str
    section: str
    meaning: str
    fact: str
    title: str
    detail: str


class Judge(NamedTuple):
    """One section's judgement: its declared findings, the rule that emits them (``find(report,
    given)``, ``given`` holding ``expect_uid``, ``expect_gid`` and the ids ``found`` so far) and
    the tones of its facts (``tones(report)``). ``tones_when_absent``: the section's facts are
    toned (unknown, with the reason) even when the report lacks the section."""

    section: str
    findings: dict[str, Declared]
    find: Callable[[dict, dict], list[dict]]
    tones: Callable[[dict], dict]
    tones_when_absent: bool = False


def emit(declared: dict[str, Declared], finding_id: str, **particulars) -> dict:
    """One finding of this report: its declared severity, its templates filled."""
    finding = declared[finding_id]
    return {
        "id": finding_id,
        "severity": finding.severity,
        "title": finding.title.format(**particulars),
        "detail": finding.detail.format(**particulars),
    }


def fact_key(section: str, field: str | None = None, identity=None, item_field=None) -> str:
    """The key of a fact in ``tones``; TypeScript builds the same strings to look facts up.

    ``section.field`` for a scalar fact (``home.mode``); ``section[identity].field`` for a fact
    of a list item, identity being the endpoint id, the mount or socket path, the kernel id
    (``endpoints[imds-ipv4].status``); a list inside a section puts its field first
    (``walls.runtime_sockets[/var/run/docker.sock].writable``). Without the item's field the key
    names the item as a whole (``mounts[/home/sagemaker-user]``).
    """
    key = section if field is None else f"{section}.{field}"
    if identity is not None:
        key += f"[{identity}]"
        if item_field is not None:
            key += f".{item_field}"
    return key


def tone(tone_: str, text, reason: str | None = None) -> dict:
    return {"tone": tone_, "text": str(text), "reason": reason}


def unknown(text, reason: str | None, fallback: str) -> dict:
    return tone("unknown", text, reason or fallback)


def probe_tone(status, reason: str | None, unchecked: str) -> dict | None:
    """The tone of a route lookup's or probe's status where the status alone decides it: unknown
    when nothing measured it (``reason``, else ``unchecked``), neutral for a route alone (no
    packet was sent); None where the section judges it against what it expects."""
    text = STATUS_TEXT.get(status, "unknown")
    if status not in MEASURED_STATUSES:
        return unknown(text, reason, unchecked)
    if status == "routable":
        return tone("neutral", text, ROUTABLE_REASON)
    return None


def yes_no(value) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def id_name(number, name) -> str:
    if number is None:
        return "unknown"
    return f"{number} ({name})" if name else str(number)


def read_only_text(value) -> str:
    """A mount's read-only fact in words: never "read-write" for a fact not measured."""
    if value is None:
        return "read-only unknown"
    return "read-only" if value else "read-write"


def worst(tones: list[str]) -> str:
    """The tone of a whole row: the worst of its facts' tones."""
    for candidate in ("critical", "warning", "unknown", "ok"):
        if candidate in tones:
            return candidate
    return "neutral"


def host_root(uid, host_uid) -> bool:
    """Root here is root on the host: uid 0, mapped to host uid 0 (user_namespaces(7))."""
    return uid == 0 and host_uid == 0


def short_kernel_id(kernel_id) -> str:
    """A kernel's id as people read it beside its name: the first 8 characters, as JupyterLab's
    running-sessions list shows them."""
    return str(kernel_id or "")[:8]


def mode_bits(mode) -> int | None:
    """A mode as the report writes it (octal digits) as a number; None when unknown."""
    return int(mode, 8) if isinstance(mode, str) and mode.isdigit() else None
