"""The endpoints section's judge: each endpoint's status against what is expected of it."""

from __future__ import annotations

from .judging import (
    MEASURED_STATUSES,
    ROUTABLE_REASON,
    STATUS_TEXT,
    Declared,
    Judge,
    emit,
    fact_key,
    probe_tone,
    tone,
    unknown,
)

STATUS = "endpoints[*].status"
# Endpoint ids by kind: the instance metadata service and EFS mount targets have findings of
# their own; any other endpoint is judged against its ``expected`` status.
IMDS, EFS = "imds-", "efs-"
UNCHECKED = "The endpoint could not be checked."

FINDINGS = {
    "imds-reachable": Declared(
        "critical",
        "endpoints",
        "The instance metadata service answered a probe.",
        STATUS,
        "The instance metadata service is reachable",
        "A TCP connection to {where} succeeded, so code here may read the instance's "
        "credentials. Block it with a route rule, as Studio does.",
    ),
    "imds-routable": Declared(
        "warning",
        "endpoints",
        "No route rule blocks the instance metadata service.",
        STATUS,
        "No route rule blocks the instance metadata service",
        "The kernel has a route to {where}; no packet was sent. Run an active probe to learn "
        "whether it answers.",
    ),
    "efs-reachable": Declared(
        "warning",
        "endpoints",
        "An EFS mount target answered a probe.",
        STATUS,
        "An EFS mount target is reachable",
        "A TCP connection to {where} succeeded, so code here can talk to the shared file system "
        "directly instead of only through its own home mount. Studio blocks this with a route "
        "rule.",
    ),
    "endpoint-routable": Declared(
        "warning",
        "endpoints",
        "A configured endpoint that should be blocked has a route.",
        STATUS,
        "No route rule blocks {name}",
        "{where} is expected to be blocked, but the kernel has a route to it; no packet was "
        "sent. Run an active probe to learn whether it answers.",
    ),
    "endpoint-unexpected": Declared(
        "warning",
        "endpoints",
        "A configured endpoint is not in the state it should be.",
        STATUS,
        "{name} is {status}",
        "{where} was expected to be {expected} but is {status}: {detail} Check the network "
        "rules of this image or space.",
    ),
}


def _finding_id(endpoint: dict) -> str | None:
    endpoint_id, status = endpoint.get("id", ""), endpoint.get("status")
    expected = endpoint.get("expected")
    if endpoint_id.startswith(IMDS):
        if status == "reachable":
            return "imds-reachable"
        return "imds-routable" if status == "routable" else None
    if endpoint_id.startswith(EFS):
        return "efs-reachable" if status == "reachable" else None
    if status == "routable" and expected == "blocked":
        return "endpoint-routable"
    known = ("blocked", "reachable")
    if status in known and expected in known and status != expected:
        return "endpoint-unexpected"
    return None


def find(report: dict, given: dict) -> list[dict]:
    findings = []
    for endpoint in report.get("endpoints") or []:
        finding_id = _finding_id(endpoint)
        if finding_id is not None:
            findings.append(
                emit(
                    FINDINGS,
                    finding_id,
                    where=f"{endpoint.get('name')} ({endpoint.get('address')})",
                    name=endpoint.get("name"),
                    status=endpoint.get("status"),
                    expected=endpoint.get("expected"),
                    detail=endpoint.get("detail"),
                )
            )
    return findings


def endpoint_tone(endpoint: dict) -> dict:
    """An endpoint's status judged against what is expected of it; the tone agrees with the
    finding the same endpoint gives (IMDS reachable is critical, anything else unexpected is a
    warning; a route to an endpoint expected blocked is a warning)."""
    status, expected = endpoint.get("status"), endpoint.get("expected")
    text = STATUS_TEXT.get(status, "unknown")
    detail = endpoint.get("detail") or None
    if status not in MEASURED_STATUSES:
        return unknown(text, detail, UNCHECKED)
    if status == expected:
        return tone("ok", text, detail)
    if expected == "blocked" and status == "reachable":
        imds = str(endpoint.get("id", "")).startswith(IMDS)
        return tone("critical" if imds else "warning", text, detail)
    if expected == "blocked" and status == "routable":
        return tone("warning", text, f"No route rule blocks it. {ROUTABLE_REASON}")
    return probe_tone(status, detail, UNCHECKED) or tone("warning", text, detail)


def tones(report: dict) -> dict:
    return {
        fact_key("endpoints", identity=e.get("id"), item_field="status"): endpoint_tone(e)
        for e in report.get("endpoints") or []
    }


JUDGE = Judge("endpoints", FINDINGS, find, tones, tones_when_absent=True)
