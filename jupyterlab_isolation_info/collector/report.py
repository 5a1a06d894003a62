"""Assembles the isolation report, schema_version 1 (report.schema.json beside this package).

Each section has its own module, whose ``empty_section`` is both the builder's starting shape
and what the report carries when the builder fails: a section that cannot be collected carries
an ``error`` sentence (a list section, one in the report's ``errors``) and the others stay
intact. The process state every section reads (``process.ProcessState``) fails part by part in
the same way. No environment variable is read into the report. Every read goes through one
``read.Reader``, whose roots are parameters, so captured kernel text reproduces a whole report
(the golden reports of the tests).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from . import (
    capabilities,
    context,
    credentials,
    endpoints,
    home,
    limits,
    metadata,
    mounts,
    parse,
    policy,
    probe,
    read,
    run_as,
    storage,
    summary,
    user_namespace,
    volumes,
    walls,
)
from . import kernels as kernel_list  # ``kernels`` is build_report's argument
from .errors import LOG
from .findings import derive_findings
from .metadata import DEFAULT_METADATA_PATH
from .process import ProcessState

__all__ = ["DEFAULT_METADATA_PATH", "SCHEMA_VERSION", "build_report"]

SCHEMA_VERSION = 1

T = TypeVar("T")


def _guarded(build: Callable[[], T], empty: T, errors: dict, name: str) -> T:
    """A section, or its empty shape when collecting it failed in a way no reader foresaw.

    The failure is kept as a sentence: in the section's ``error``, and in the report's
    ``errors`` (the only place for the list sections); and logged with its traceback (the
    collector's logger: the server's log, where the extension routes it; nowhere in a kernel,
    whose output it must not touch).
    """
    try:
        return build()
    except Exception as error:  # one broken section must not take the report down
        LOG.warning("The %s section could not be collected", name, exc_info=error)
        sentence = f"The {name} section could not be collected: {type(error).__name__}: {error}."
        errors[name] = sentence
        if isinstance(empty, dict):
            return {**empty, "error": sentence}  # type: ignore[return-value]
        return empty


# What a list section cannot tell without mountinfo.
_WITHOUT_MOUNTINFO = {
    "storage": "Which file system holds each path is unknown",
    "mounts": "The mounts at and under the home and under /opt/ml are unknown",
    "endpoints": "The EFS mount targets (the addresses of NFS mounts) are unknown",
    "volumes": "Which volumes the user writes to, and how full they are, is unknown",
}


def _without_mountinfo(proc: ProcessState, errors: dict, name: str) -> None:
    """A list section that needed mountinfo, which failed, says so in the report's errors."""
    if "mountinfo" in proc.errors and name not in errors:
        errors[name] = f"{_WITHOUT_MOUNTINFO[name]} ({proc.errors['mountinfo'].rstrip('.')})."


def _with_unknown_part(section: dict, proc: ProcessState, part: str) -> dict:
    """A section that needed a part of the process state that failed names the failure."""
    sentence = proc.errors.get(part)
    if sentence and sentence not in (section.get("error") or ""):
        section["error"] = " ".join(filter(None, [section.get("error"), sentence]))
    return section


def _limits(reader: read.Reader, proc: ProcessState, cgroup_roots: read.Roots | None) -> dict:
    if cgroup_roots is None:
        return limits.limits_section(reader, proc.mounts, proc.status)
    cgroup_reader = read.Reader(cgroup_roots)
    # The CPU affinity stays this process's own (its status), wherever its cgroup is read.
    return limits.limits_section(cgroup_reader, ProcessState(cgroup_reader).mounts, proc.status)


def build_report(
    *,
    metadata_path: str = DEFAULT_METADATA_PATH,
    active_probes: bool = False,
    probe_timeout: float = probe.DEFAULT_PROBE_TIMEOUT,
    extra_endpoints=(),
    expect_uid: int | None = None,
    expect_gid: int | None = None,
    roots: read.Roots | None = None,
    reader: read.Reader | None = None,
    cgroup_roots: read.Roots | None = None,
    check_sudo: bool = True,
    check_endpoints: bool = True,
    kernels=None,
    walked=None,
    generated_at: str | None = None,
    strict: bool = True,
) -> dict:
    """The whole report for this process. Never raises for bad input; probes only when asked.

    ``kernels`` (the server's running kernels: id, name, local pid) adds the ``kernels``
    section. ``walked(mount_point)`` (the server's: the last walk of a folder on that volume, or
    None) fills each volume's ``walked``, read by the volumes judge. ``roots``,
    ``generated_at`` and the two ``check_`` switches make a report reproducible from captured
    files: no sudo is run and no route is looked up. ``strict`` False leaves the strict-JSON
    pass to a caller that serializes the report anyway.
    ``cgroup_roots``, when given, are where the limits section reads its cgroup (/proc/self's
    cgroup and mountinfo, the cgroup files): the ones the server's kernel-death check reads, so
    the panel's limits and a death's verdict describe the same cgroup.
    """
    errors: dict[str, str] = {}
    reader = reader or read.Reader(roots)
    proc = ProcessState(reader)
    try:
        probe_timeout = probe.check_probe_timeout(probe_timeout)
    except ValueError as error:
        errors["endpoints"] = f"{error} The default of {probe.DEFAULT_PROBE_TIMEOUT:g} s is used."
        probe_timeout = probe.DEFAULT_PROBE_TIMEOUT
    metadata_path = str(metadata_path)
    uid, gid, _ = proc.ids
    run_as_report = _guarded(
        lambda: run_as.run_as_section(reader, proc, check_sudo),
        run_as.empty_section(uid, gid),
        errors,
        "run_as",
    )
    home_path = run_as_report.get("home")
    metadata_report = _guarded(
        lambda: metadata.metadata_section(metadata_path, proc),
        metadata.empty_section(metadata_path),
        errors,
        "metadata",
    )
    # Every endpoint of the collection is checked in one batch (the endpoints section's and
    # the credentials endpoint), so active probes that hang cost the timeout once, not once
    # per section.
    endpoint_targets = _guarded(
        lambda: endpoints.targets(proc, extra_endpoints),
        endpoints.empty_section(),
        errors,
        "endpoints",
    )
    batch = [*endpoint_targets, credentials.ENDPOINT]
    if check_endpoints:
        probe_results = probe.check_endpoints(batch, active=active_probes, timeout=probe_timeout)
    else:
        probe_results = probe.unchecked_endpoints(batch)
    report = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at or read.now_utc(),
        "run_as": run_as_report,
        "user_namespace": _guarded(
            lambda: user_namespace.user_namespace_section(proc),
            user_namespace.empty_section(),
            errors,
            "user_namespace",
        ),
        "home": _guarded(
            lambda: home.home_section(proc, run_as_report),
            home.empty_section(home_path),
            errors,
            "home",
        ),
        "metadata": metadata_report,
        "endpoints": _guarded(
            lambda: endpoints.endpoints_section(probe_results[:-1]),
            endpoints.empty_section(),
            errors,
            "endpoints",
        ),
        "capabilities": _guarded(
            lambda: capabilities.capabilities_section(proc),
            capabilities.empty_section(),
            errors,
            "capabilities",
        ),
        "storage": _guarded(
            lambda: storage.storage_section(proc, home_path),
            storage.empty_section(),
            errors,
            "storage",
        ),
        "limits": _guarded(
            lambda: _limits(reader, proc, cgroup_roots),
            limits.empty_section(),
            errors,
            "limits",
        ),
        "volumes": _guarded(
            lambda: volumes.volumes_section(
                reader, proc.mounts, home_path, volumes.live_prefix(reader)
            ),
            volumes.empty_section(),
            errors,
            "volumes",
        ),
    }
    if "run_as" in errors and not home_path:
        # Not "no passwd entry": the run-as section itself failed.
        report["home"]["error"] = f"The home directory is unknown: {errors['run_as']}"
    _without_mountinfo(proc, errors, "storage")
    _without_mountinfo(proc, errors, "volumes")
    # Only a server walks folders (on request, never here): a kernel's or the command line's
    # volumes say there was no walk.
    for volume in report["volumes"]:
        volume["walked"] = walked(volume["mount_point"]) if walked is not None else None
    report.update(_studio_sections(proc, run_as_report, metadata_report, probe_results[-1], errors))
    if kernels is not None:
        report["kernels"] = _guarded(
            lambda: kernel_list.kernels_section(reader, kernels),
            kernel_list.empty_section(),
            errors,
            "kernels",
        )
    # Derived from the sections above, like the findings (which read it).
    report["policy"] = _guarded(
        lambda: policy.policy_section(report), policy.empty_section(), errors, "policy"
    )
    report["errors"] = errors
    report["findings"] = _guarded(
        lambda: derive_findings(report, expect_uid=expect_uid, expect_gid=expect_gid),
        [],
        errors,
        "findings",
    )
    # The glance, verdict and tones: data, not views. A rule that fails leaves every answer
    # unknown with its reason, never a report that breaks its schema.
    try:
        judgement = summary.judge(report)
    except Exception as error:  # a broken rule must not take the report down
        LOG.warning("The report could not be judged", exc_info=error)
        errors["summary"] = f"The report could not be judged: {type(error).__name__}: {error}."
        judgement = summary.unjudged(report, errors["summary"])
    report.update(judgement)
    # Any JSON parser must read it, and any terminal print it: a path or name that is not
    # valid Unicode must not make the whole report fail to encode.
    return parse.strict_json(report) if strict else report


def _studio_sections(
    proc: ProcessState,
    run_as_report: dict,
    metadata_report: dict,
    credentials_result: dict,
    errors: dict,
) -> dict:
    """The mounts, credentials, context and walls sections (see their modules)."""
    reader = proc.reader
    environment = reader.environment_allowlisted(context.ALLOWED_ENVIRONMENT)
    homes = [run_as_report.get("home"), environment.get("HOME")]
    metadata_error = metadata_report.get("error") if metadata_report.get("found") else None
    sections = {
        "mounts": _guarded(
            lambda: mounts.mounts_section(
                reader, proc.mounts, homes, proc.uid_map, home.overflow_uid(reader)
            ),
            mounts.empty_section(),
            errors,
            "mounts",
        ),
        "credentials": _guarded(
            lambda: credentials.credentials_section(
                reader.environment_present(credentials.RELATIVE_URI_VARIABLE),
                reader.environment_present(credentials.FULL_URI_VARIABLE),
                credentials_result,
            ),
            credentials.empty_section(),
            errors,
            "credentials",
        ),
        "context": _guarded(
            lambda: context.context_section(
                metadata_report.get("fields"),
                environment,
                run_as_report.get("home"),
                metadata_error,
            ),
            context.empty_section(),
            errors,
            "context",
        ),
        "walls": _guarded(
            lambda: walls.walls_section(reader, proc.status, proc.mounts),
            walls.empty_section(),
            errors,
            "walls",
        ),
    }
    _with_unknown_part(sections["walls"], proc, "status")
    _without_mountinfo(proc, errors, "mounts")
    _without_mountinfo(proc, errors, "endpoints")
    return sections
