"""Pure: a report in, its judgement out (the ``summary`` and ``tones`` keys of the report).

The four answers at a glance, the verdict, the sections' titles and order, and the tones of
every section's facts gathered from its judge (judge_*.py, in ``findings.JUDGES``). The panel,
the status bar, the CLI text and the Markdown draw what this gives; none of them judges. Unknown
is never good news: a fact that could not be read has tone ``unknown`` and the reason.
"""

from __future__ import annotations

from .findings import JUDGES
from .judging import MEASURED_STATUSES, SEVERITY_ORDER, TONES

__all__ = ["SECTIONS", "SECTION_TITLES", "SEVERITY_ORDER", "TONES", "judge", "judged", "tones"]

# The report's sections in the order every view shows them, each with its one title. The
# schema's section titles are tested equal to these.
SECTIONS = (
    ("findings", "Findings"),
    ("run_as", "Run-as user"),
    ("user_namespace", "User namespace"),
    ("context", "Where am I"),
    ("home", "Home directory"),
    ("mounts", "Mounts at the home and /opt/ml"),
    ("endpoints", "Network endpoints"),
    ("credentials", "Credentials"),
    ("metadata", "App metadata"),
    ("capabilities", "Capabilities"),
    ("walls", "Walls beyond capabilities"),
    ("policy", "Pod Security Standards"),
    ("limits", "Resource limits"),
    ("storage", "Storage"),
    ("volumes", "Volumes"),
    ("kernels", "Kernels"),
)
SECTION_TITLES = dict(SECTIONS)

# --- the four answers at a glance and the verdict ---------------------------------------


def _missing(report: dict, section: str) -> str:
    """Why a section is absent: the collector's sentence when it has one."""
    reason = (report.get("errors") or {}).get(section)
    return f"unknown: {reason}" if reason else "unknown: not in the report"


def _who(run_as: dict) -> str:
    return (
        f"{run_as['user']} ({run_as.get('uid')})"
        if run_as.get("user")
        else f"uid {run_as.get('uid')}"
    )


# The four glance answers: id, the section each summarises, and its label, in the order a
# user asks them.
GLANCE_LINES = (
    ("run_as", "run_as", "You run as"),
    ("host", "user_namespace", "On the host"),
    ("home", "home", "Your home"),
    ("endpoints", "endpoints", "Endpoints"),
)


def _glance_line(line_id: str) -> dict:
    return next(
        {"id": i, "section": section, "label": label}
        for i, section, label in GLANCE_LINES
        if i == line_id
    )


def run_as_line(report: dict) -> dict:
    """Who you run as, and whether you may sudo."""
    run_as = report.get("run_as") or {}
    sudo = run_as.get("sudo")
    sudo_text = {"yes": "with sudo", "no": "no sudo"}.get(sudo, "sudo unknown")
    return {
        **_glance_line("run_as"),
        "text": f"{_who(run_as)}, {sudo_text}",
        "tone": "neutral" if run_as.get("uid") == 0 else "ok",
    }


def host_line(report: dict) -> dict:
    """Who you are on the host: remapped (a different, measured host uid), not remapped, or
    unknown."""
    userns = report.get("user_namespace") or {}
    host_uid, remapped = userns.get("host_uid"), userns.get("remapped")
    line = _glance_line("host")
    if host_uid is None or remapped is None:
        text = (
            "unknown: the uid map could not be read"
            if host_uid is None
            else f"uid {host_uid}, remapping unknown"
        )
        return {**line, "text": text, "tone": "unknown"}
    if remapped:
        return {
            **line,
            "text": f"uid {host_uid}, remapped",
            "tone": "critical" if host_uid == 0 else "ok",
        }
    return {
        **line,
        "text": f"uid {host_uid}, not remapped",
        "tone": "critical" if host_uid == 0 else "warning",
    }


def home_line(report: dict) -> dict:
    """Who owns your home, here and on the host."""
    line = _glance_line("home")
    home = report.get("home")
    if not home:
        return {**line, "text": _missing(report, "home"), "tone": "unknown"}
    if home.get("exists") is False:
        return {
            **line,
            "text": f"{home.get('path') or '(no path)'} does not exist",
            "tone": "warning",
        }
    host_owner_uid = home.get("host_owner_uid")
    host_owner = "host owner unknown" if host_owner_uid is None else f"host uid {host_owner_uid}"
    if home.get("owner_unmapped"):
        return {**line, "text": f"owner not mapped here, {host_owner}", "tone": "warning"}
    if home.get("owner_is_run_as") is True:
        return {
            **line,
            "text": f"owned by you, {host_owner}",
            "tone": "unknown" if host_owner_uid is None else "ok",
        }
    if home.get("owner_is_run_as") is False:
        owner_uid = home.get("owner_uid")
        if owner_uid is None:
            owner = "someone else"
        elif home.get("owner_name"):
            owner = f"{home['owner_name']} ({owner_uid})"
        else:
            owner = f"uid {owner_uid}"
        return {**line, "text": f"owned by {owner}, not you; {host_owner}", "tone": "warning"}
    # Why it is unknown, when the collector could say (a stalled mount, say).
    text = f"unknown: {home['error']}" if home.get("error") else "owner unknown"
    return {**line, "text": text, "tone": "unknown"}


def endpoints_line(report: dict) -> dict:
    """Which endpoints that should be blocked are (measured), and which are not or not known."""
    line = _glance_line("endpoints")
    endpoints = report.get("endpoints")
    if endpoints is None:
        return {**line, "text": _missing(report, "endpoints"), "tone": "unknown"}
    watched = [e for e in endpoints if e.get("expected") == "blocked"]
    if not watched:
        return {**line, "text": "none checked", "tone": "neutral"}

    def names(status=None, others=False):
        known = MEASURED_STATUSES
        chosen = [
            e
            for e in watched
            if (e.get("status") not in known if others else e.get("status") == status)
        ]
        return chosen, ", ".join(str(e.get("name")) for e in chosen)

    blocked, blocked_names = names("blocked")
    reachable, reachable_names = names("reachable")
    routable, routable_names = names("routable")
    unknown, unknown_names = names(others=True)
    parts = []
    if reachable:
        parts.append(f"reachable: {reachable_names}")
    if routable:
        parts.append(f"not blocked: {routable_names}")
    if unknown:
        parts.append(f"unknown: {unknown_names}")
    if blocked:
        parts.append(
            f"all blocked: {blocked_names}"
            if len(blocked) == len(watched)
            else f"blocked: {blocked_names}"
        )
    if reachable:
        tone = "critical"
    elif routable:
        tone = "warning"
    elif unknown:
        tone = "unknown"
    else:
        tone = "ok"
    return {**line, "text": "; ".join(parts), "tone": tone}


def glance(report: dict) -> list[dict]:
    """The four answers, in the order a user asks them."""
    return [run_as_line(report), host_line(report), home_line(report), endpoints_line(report)]


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def verdict(report: dict, lines: list[dict] | None = None) -> dict:
    """The verdict: the worst finding decides; with no warning it says "Isolated as in Studio"
    only when every glance fact was measured good (and the ids are remapped, in a Studio app)."""
    reason = (report.get("errors") or {}).get("findings")
    if reason:  # no finding is known, so none can be said to be absent
        return {"tone": "unknown", "text": f"Findings unknown: {reason}"}
    findings = report.get("findings") or []
    critical = [f for f in findings if f.get("severity") == "critical"]
    warnings = [f for f in findings if f.get("severity") == "warning"]
    if len(critical) == 1:
        return {"tone": "critical", "text": f"Critical: {critical[0].get('title')}"}
    if critical:
        return {
            "tone": "critical",
            "text": f"Critical: {critical[0].get('title')} (+{len(critical) - 1} more)",
        }
    if warnings:
        return {"tone": "warning", "text": _plural(len(warnings), "warning", "warnings")}
    lines = glance(report) if lines is None else lines
    if any(line["tone"] in ("critical", "warning") for line in lines):
        return {"tone": "warning", "text": "Not isolated as in Studio"}
    unknown = sum(1 for line in lines if line["tone"] == "unknown")
    if unknown:
        return {"tone": "unknown", "text": _plural(unknown, "fact unknown", "facts unknown")}
    studio_like = (
        (report.get("user_namespace") or {}).get("remapped") is True
        and (report.get("metadata") or {}).get("found") is True
        and all(line["tone"] == "ok" for line in lines)
    )
    if studio_like:
        return {"tone": "ok", "text": "Isolated as in Studio"}
    return {"tone": "neutral", "text": "No warnings"}


def sections(report: dict) -> list[dict]:
    """Every section the report has, in display order, with its one title."""
    return [{"id": key, "title": title} for key, title in SECTIONS if key in report]


def finding_counts(report: dict) -> dict:
    findings = report.get("findings") or []
    return {
        severity: sum(1 for f in findings if f.get("severity") == severity)
        for severity in SEVERITY_ORDER
    }


def summarize(report: dict) -> dict:
    """The ``summary`` key: verdict, glance, sections, severity order and finding counts."""
    lines = glance(report)
    counts = finding_counts(report)
    return {
        "verdict": verdict(report, lines),
        "glance": lines,
        "sections": sections(report),
        "severity_order": list(SEVERITY_ORDER),
        "finding_counts": counts,
        "worst_severity": next((s for s in SEVERITY_ORDER if counts[s]), None),
    }


# --- the tone of every judged fact, from each section's judge ------------------------------


def tones(report: dict) -> dict:
    """The ``tones`` key: every judged fact's tone, its one wording and why."""
    result = {}
    for section_judge in JUDGES:
        if section_judge.tones_when_absent or section_judge.section in report:
            result.update(section_judge.tones(report))
    return result


def judge(report: dict) -> dict:
    """``{"summary": …, "tones": …}`` for a report that has its findings."""
    return {"summary": summarize(report), "tones": tones(report)}


def unjudged(report: dict, reason: str) -> dict:
    """The judgement's shape when judging failed: every answer unknown, with the reason."""
    return {
        "summary": {
            "verdict": {"tone": "unknown", "text": f"Not judged: {reason}"},
            "glance": [
                {**_glance_line(line_id), "text": f"unknown: {reason}", "tone": "unknown"}
                for line_id, _, _ in GLANCE_LINES
            ],
            "sections": sections(report),
            "severity_order": list(SEVERITY_ORDER),
            "finding_counts": finding_counts(report),
            "worst_severity": None,
        },
        "tones": {},
    }


def judged(report: dict) -> dict:
    """The report with its judgement: as it is when it has one, else with one added (a report
    built by an older collector, or a section patched by hand in a test)."""
    if "summary" in report and "tones" in report:
        return report
    return {**report, **judge(report)}
