"""The capabilities section: the five capability sets, no_new_privs and seccomp, from
/proc/self/status (capabilities(7), proc(5))."""

from __future__ import annotations

from . import parse
from .process import ProcessState

# (section key, status line)
CAPABILITY_SETS = (
    ("effective", "CapEff"),
    ("permitted", "CapPrm"),
    ("inheritable", "CapInh"),
    ("bounding", "CapBnd"),
    ("ambient", "CapAmb"),
)


def empty_section() -> dict:
    """The section's shape before it is filled in, and when it could not be collected."""
    return {
        "effective": [],
        "permitted": [],
        "inheritable": [],
        "bounding": [],
        "ambient": [],
        "beyond_docker_default": [],
        "no_new_privs": None,
        "seccomp": None,
        "error": None,
    }


def capabilities_section(proc: ProcessState) -> dict:
    section = empty_section()
    status = proc.status
    if status is None:
        section["error"] = proc.errors.get("status")
        return section
    problems = []
    for key, line in CAPABILITY_SETS:
        if line not in status:
            problems.append(f"/proc/self/status has no {line} line.")
            continue
        try:
            section[key] = parse.decode_capabilities(status[line])
        except ValueError as error:
            problems.append(str(error))
    section["beyond_docker_default"] = parse.beyond_docker_default(section["bounding"])
    section["no_new_privs"] = parse.parse_no_new_privs(status.get("NoNewPrivs"))
    section["seccomp"] = parse.parse_seccomp(status.get("Seccomp"))
    section["error"] = " ".join(problems) or None
    return section
