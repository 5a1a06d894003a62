"""Pure: the report's sections in, findings out, from every section's judge (judge_*.py).

Each finding traces to the isolation model and is declared once, as data, beside the rule that
emits it and the tones of the fact it is about.
"""

from __future__ import annotations

from . import (
    judge_capabilities,
    judge_context,
    judge_credentials,
    judge_endpoints,
    judge_home,
    judge_kernels,
    judge_limits,
    judge_metadata,
    judge_mounts,
    judge_policy,
    judge_run_as,
    judge_storage,
    judge_user_namespace,
    judge_volumes,
    judge_walls,
)
from .judging import SEVERITY_ORDER as _ORDER
from .judging import Declared, Judge

__all__ = ["FINDINGS", "JUDGES", "SEVERITY_ORDER", "Declared", "derive_findings"]

# Every section's judge, in the one order: the findings of one severity and the tones are
# listed in it. Policy comes last: its finding is given only when no earlier one says why.
JUDGES: tuple[Judge, ...] = (
    judge_run_as.JUDGE,
    judge_user_namespace.JUDGE,
    judge_home.JUDGE,
    judge_metadata.JUDGE,
    judge_endpoints.JUDGE,
    judge_capabilities.JUDGE,
    judge_storage.JUDGE,
    judge_volumes.JUDGE,
    judge_mounts.JUDGE,
    judge_credentials.JUDGE,
    judge_context.JUDGE,
    judge_walls.JUDGE,
    judge_kernels.JUDGE,
    judge_limits.JUDGE,
    judge_policy.JUDGE,
)

# Every finding the collector can emit, as its judge declares it (id -> Declared).
FINDINGS: dict[str, Declared] = {
    finding_id: declared for judge in JUDGES for finding_id, declared in judge.findings.items()
}

# Each severity's rank, worst first (judging.SEVERITY_ORDER is the one order).
SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(_ORDER)}


def derive_findings(
    report: dict, expect_uid: int | None = None, expect_gid: int | None = None
) -> list[dict]:
    """Findings for a report, most severe first, then in the judges' order."""
    found: list[dict] = []
    for judge in JUDGES:
        given = {
            "expect_uid": expect_uid,
            "expect_gid": expect_gid,
            "found": [f["id"] for f in found],
        }
        found += judge.find(report, given)
    return sorted(found, key=lambda finding: SEVERITY_ORDER[finding["severity"]])
