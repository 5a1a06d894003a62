"""Isolation facts on jupyter_server's own ``/metrics``, from the cached report.

A custom collector on prometheus_client's global registry, the one jupyter_server serves at
``/metrics`` under its ``authenticate_prometheus`` rule: no new port, no new endpoint. A scrape
never runs a collection and never waits for one: it answers from the report the server has
cached; with none yet it says so (``jupyter_isolation_report_available 0``) and starts one in the
background, as it does when the cached report is older than ``metrics_max_age``.

Every metric is defined once, in ``METRICS``: name, type, help, labels and each label's allowed
values. The documentation's metrics page is generated from it and a test checks every emitted
sample against it. Label values come only from bounded sets (severities, the collector's finding
ids, the configured endpoint ids, the standard's control ids, the volumes' roles); never a path, a
mount point, a device, a metadata value, a user name or anything a user controls, and never a
secret. A fact the report does not know is an
absent sample, never a zero.
"""

from __future__ import annotations

import datetime
import weakref
from dataclasses import dataclass

from . import __version__
from .collector.findings import FINDINGS, SEVERITY_ORDER
from .collector.judge_run_as import sudo_host_root
from .collector.policy import CONTROLS, LEVELS, STATUSES

PREFIX = "jupyter_isolation_"
# Every finding id the collector can give, as the findings declare them. An id not declared is
# counted as "other", never as a new label value.
FINDING_IDS = tuple(sorted(FINDINGS))
OTHER = "other"
# The Pod Security Standards controls the policy section judges, in its order.
CONTROL_IDS = tuple(CONTROLS)
EFS = "efs"  # every EFS mount target together: one label value however many mounts
CONFIGURED = "configured"  # the endpoint ids of this server: defaults, extra_endpoints, efs


@dataclass(frozen=True)
class Metric:
    """One metric as exposed: ``name`` is the sample name (with ``_total``/``_info``)."""

    name: str
    type: str  # gauge, counter or info
    help: str
    labels: tuple[tuple[str, tuple[str, ...] | str], ...] = ()

    @property
    def family(self) -> str:
        """The family name prometheus_client wants: without ``_total`` or ``_info``."""
        for suffix in ("_total", "_info"):
            if self.type in ("counter", "info") and self.name.endswith(suffix):
                return self.name[: -len(suffix)]
        return self.name


SEVERITIES = tuple(SEVERITY_ORDER)
# The volumes section's roles that get series: one volume each (the mounts under the home share
# one). Where pip and Jupyter write is a path, not a volume of its own: it lies on one of these.
VOLUME_ROLES = ("home", "home-mount", "root", "tmp", "shm")
SECURITY_MODULES = ("apparmor", "selinux", "none")
SECCOMP_MODES = ("disabled", "strict", "filter", "unknown")
STUDIO_KINDS = ("classic", "new", "other", "none")

METRICS = (
    Metric(
        "jupyter_isolation_info",
        "info",
        "This extension's version and what kind of place the server runs in; always 1.",
        (
            ("version", "this package's version"),
            ("studio", STUDIO_KINDS),
            ("security_module", SECURITY_MODULES),
            ("seccomp", SECCOMP_MODES),
        ),
    ),
    Metric(
        "jupyter_isolation_report_available",
        "gauge",
        "1 when a report has been collected; 0 while the first collection runs (every other "
        "isolation metric is then absent).",
    ),
    Metric(
        "jupyter_isolation_report_timestamp_seconds",
        "gauge",
        "When the report these metrics come from was collected, in seconds since the epoch.",
    ),
    Metric(
        "jupyter_isolation_report_errors",
        "gauge",
        "Sections of the report that could not be read in full (an absent app metadata file is "
        "not one); the metrics that rest on them are absent.",
    ),
    Metric(
        "jupyter_isolation_findings",
        "gauge",
        "Findings by severity (every severity, 0 included).",
        (("severity", SEVERITIES),),
    ),
    Metric(
        "jupyter_isolation_finding",
        "gauge",
        "How many times a finding occurs (a finding about each runtime socket or mount may "
        "occur more than once); only the findings present.",
        (("finding", (*FINDING_IDS, OTHER)), ("severity", SEVERITIES)),
    ),
    Metric(
        "jupyter_isolation_endpoint_blocked",
        "gauge",
        "1 when the watched endpoint is blocked, 0 when it is routable or reachable; absent when "
        "unknown. All EFS mount targets count as one endpoint, efs (1 only when all are "
        "blocked).",
        (("endpoint", CONFIGURED),),
    ),
    Metric(
        "jupyter_isolation_user_namespace_remapped",
        "gauge",
        "1 when a user namespace maps container ids to other host ids, 0 when not.",
    ),
    Metric("jupyter_isolation_run_as_uid", "gauge", "The uid the server runs as."),
    Metric(
        "jupyter_isolation_host_uid",
        "gauge",
        "The host uid the run-as uid maps to (absent when it maps to none).",
    ),
    Metric(
        "jupyter_isolation_root_host_uid",
        "gauge",
        "The host uid that container root (uid 0) maps to: 0 means root here is host root.",
    ),
    Metric(
        "jupyter_isolation_sudo_available",
        "gauge",
        "1 when the run-as user may run sudo without a password, 0 when not.",
    ),
    Metric(
        "jupyter_isolation_sudo_host_root",
        "gauge",
        "1 when sudo without a password gives root that is host root (not remapped), else 0.",
    ),
    Metric(
        "jupyter_isolation_runtime_sockets_writable",
        "gauge",
        "Container runtime sockets (Docker, containerd, CRI-O, Podman) this user may write to: "
        "each one is host root.",
    ),
    Metric(
        "jupyter_isolation_pod_security_level",
        "gauge",
        "The Pod Security Standards level of the process as it runs, over the controls that "
        "could be measured: 1 for the level, 0 for the others; absent when unknown.",
        (("level", LEVELS),),
    ),
    Metric(
        "jupyter_isolation_pod_security_control",
        "gauge",
        "Each Pod Security Standards control, always 1, labelled with its status (met, "
        "not_met, unmeasured, unknown): one sample per control.",
        (("control", CONTROL_IDS), ("status", STATUSES)),
    ),
    Metric(
        "jupyter_isolation_oom_kills_total",
        "counter",
        "Processes the kernel killed for lack of memory in this container's cgroup (when the "
        "report has a limits section).",
    ),
    Metric(
        "jupyter_isolation_memory_limit_bytes",
        "gauge",
        "The memory limit in force for this container's cgroup, in bytes (when the report has a "
        "limits section).",
    ),
)

# One volume's figures, per role: (metric name, the volumes section's key, help).
VOLUME_FIGURES = (
    (
        "jupyter_isolation_volume_size_bytes",
        "size_bytes",
        "The size of the volume holding each role (home, home-mount, root, tmp, shm), in bytes "
        "(statvfs; absent when unknown).",
    ),
    (
        "jupyter_isolation_volume_used_bytes",
        "used_bytes",
        "Bytes in use on the volume holding each role, as df counts them (absent when unknown).",
    ),
    (
        "jupyter_isolation_volume_available_bytes",
        "available_bytes",
        "Bytes an ordinary user may still write on the volume holding each role, unless it is "
        "read-only (statvfs f_bavail: a root reserve is not counted; absent when unknown).",
    ),
    (
        "jupyter_isolation_volume_inodes",
        "inodes_total",
        "Inodes (files, folders, links) the volume holding each role can hold (absent when "
        "unknown or when the file system keeps no fixed inode table).",
    ),
    (
        "jupyter_isolation_volume_inodes_available",
        "inodes_available",
        "Inodes an ordinary user may still create on the volume holding each role (absent when "
        "unknown).",
    ),
)
VOLUME_READ_ONLY = "jupyter_isolation_volume_read_only"
METRICS += (
    *(Metric(name, "gauge", text, (("role", VOLUME_ROLES),)) for name, _, text in VOLUME_FIGURES),
    Metric(
        VOLUME_READ_ONLY,
        "gauge",
        "1 when the volume holding each role is mounted read-only (nothing can be written "
        "there, whatever its available figures say), 0 when not.",
        (("role", VOLUME_ROLES),),
    ),
)
BY_NAME = {metric.name: metric for metric in METRICS}


def endpoint_ids(config_extra_endpoints=()) -> tuple[str, ...]:
    """The endpoint label's values on this server: the defaults, the configured extras, efs."""
    from .collector.probe import default_endpoints

    ids = [e["id"] for e in default_endpoints()]
    ids += [str(e.get("id")) for e in config_extra_endpoints or ()]
    return tuple(dict.fromkeys([*ids, EFS]))


def allowed_values(metric: Metric, label: str, endpoints: tuple[str, ...]) -> tuple[str, ...]:
    values = dict(metric.labels)[label]
    if values == CONFIGURED:
        return endpoints
    if isinstance(values, str):  # the version: one value, this package's
        return (__version__,)
    return values


# --- the report in, samples out (pure) ---------------------------------------------------------


def _flag(value) -> float | None:
    return None if value is None else float(bool(value))


def _int(value) -> float | None:
    """An integer fact, or None: a boolean or anything else is not a number here."""
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _timestamp(text) -> float | None:
    try:
        return datetime.datetime.fromisoformat(str(text).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _errors(report: dict) -> int:
    """Sections that could not be read in full. A metadata file that is simply not there is a
    fact (not in Studio: every JupyterHub server), not a failure to read."""
    broken = set(report.get("errors") or {})
    for key, section in report.items():
        if not isinstance(section, dict) or not section.get("error"):
            continue
        if key == "metadata" and section.get("found") is False:
            continue
        broken.add(key)
    return len(broken)


def _endpoint_samples(report: dict, endpoints: tuple[str, ...]) -> list[tuple]:
    statuses: dict[str, list[str]] = {}
    for entry in report.get("endpoints") or []:
        endpoint_id = str(entry.get("id"))
        key = EFS if endpoint_id.startswith("efs-") else endpoint_id
        if key in endpoints:  # never a label value from outside the configured set
            statuses.setdefault(key, []).append(entry.get("status"))
    samples = []
    for key, values in statuses.items():
        if any(v in ("routable", "reachable") for v in values):
            samples.append(("jupyter_isolation_endpoint_blocked", {"endpoint": key}, 0.0))
        elif all(v == "blocked" for v in values):
            samples.append(("jupyter_isolation_endpoint_blocked", {"endpoint": key}, 1.0))
    return samples


def _limits(report: dict) -> list[tuple]:
    """The OOM kill count and memory limit of ``limits.memory``, read defensively: no section
    (a collector without it), no samples; an unknown or unlimited value, no sample."""
    section = report.get("limits")
    memory = section.get("memory") if isinstance(section, dict) else None
    if not isinstance(memory, dict):
        return []
    samples = []
    for name, key in (
        ("jupyter_isolation_oom_kills_total", "oom_kill"),
        ("jupyter_isolation_memory_limit_bytes", "limit_bytes"),
    ):
        value = _int(memory.get(key))
        if value is not None and value >= 0:
            samples.append((name, {}, value))
    return samples


def _volume_of_role(volumes: list, role: str) -> dict | None:
    """The volume holding ``role``. Several mounts under the home share one label value: the
    one with the fewest bytes left, the first to fill (one volume, so size and available
    describe the same one)."""
    holding = [v for v in volumes if isinstance(v, dict) and role in (v.get("roles") or ())]
    known = [v for v in holding if _int(v.get("available_bytes")) is not None]
    if known:
        return min(known, key=lambda v: v["available_bytes"])
    return holding[0] if holding else None


def _volumes(report: dict) -> list[tuple]:
    """Each role's volume figures; an unknown figure (a dead mount, captured files) is no
    sample. Labelled by role alone: never a mount point, a device or a path."""
    volumes = report.get("volumes")
    if not isinstance(volumes, list):
        return []
    samples = []
    for role in VOLUME_ROLES:
        volume = _volume_of_role(volumes, role)
        if volume is None:
            continue
        for name, key, _ in VOLUME_FIGURES:
            value = _int(volume.get(key))
            if value is not None and value >= 0:
                samples.append((name, {"role": role}, value))
        if isinstance(volume.get("read_only"), bool):  # from mountinfo: known for a dead mount too
            samples.append((VOLUME_READ_ONLY, {"role": role}, float(volume["read_only"])))
    return samples


def _info(report: dict) -> dict:
    label = (report.get("walls") or {}).get("security_label") or {}
    studio = (report.get("context") or {}).get("studio")
    seccomp = (report.get("capabilities") or {}).get("seccomp")
    return {
        "version": __version__,
        "studio": studio if studio in STUDIO_KINDS else "none",
        "security_module": label.get("kind") if label.get("kind") in SECURITY_MODULES else "none",
        "seccomp": seccomp if seccomp in SECCOMP_MODES else "unknown",
    }


def samples(report: dict | None, endpoints: tuple[str, ...]) -> list[tuple[str, dict, float]]:
    """(sample name, labels, value) for a report; only availability when there is none."""
    if report is None:
        return [("jupyter_isolation_report_available", {}, 0.0)]
    out: list[tuple[str, dict, float]] = [
        ("jupyter_isolation_info", _info(report), 1.0),
        ("jupyter_isolation_report_available", {}, 1.0),
        ("jupyter_isolation_report_errors", {}, float(_errors(report))),
    ]
    timestamp = _timestamp(report.get("generated_at"))
    if timestamp is not None:
        out.append(("jupyter_isolation_report_timestamp_seconds", {}, timestamp))
    findings = [f for f in report.get("findings") or [] if f.get("severity") in SEVERITIES]
    for severity in SEVERITIES:
        count = sum(f["severity"] == severity for f in findings)
        out.append(("jupyter_isolation_findings", {"severity": severity}, float(count)))
    by_id: dict[tuple[str, str], int] = {}
    for finding in findings:
        finding_id = finding.get("id") if finding.get("id") in FINDING_IDS else OTHER
        key = (finding_id, finding["severity"])
        by_id[key] = by_id.get(key, 0) + 1
    for (finding_id, severity), count in sorted(by_id.items()):
        labels = {"finding": finding_id, "severity": severity}
        out.append(("jupyter_isolation_finding", labels, float(count)))
    out += _endpoint_samples(report, endpoints)
    run_as = report.get("run_as") or {}
    userns = report.get("user_namespace") or {}
    sudo = {"yes": 1.0, "no": 0.0}.get(run_as.get("sudo"))
    root_host_uid = _int(run_as.get("root_host_uid"))
    for name, value in (
        ("jupyter_isolation_user_namespace_remapped", _flag(userns.get("remapped"))),
        ("jupyter_isolation_run_as_uid", _int(run_as.get("uid"))),
        ("jupyter_isolation_host_uid", _int(userns.get("host_uid"))),
        ("jupyter_isolation_root_host_uid", root_host_uid),
        ("jupyter_isolation_sudo_available", sudo),
        # The judge's verdict, not the metric's: root itself and no sudo count as 0.
        ("jupyter_isolation_sudo_host_root", _flag(sudo_host_root(run_as))),
    ):
        if value is not None:
            out.append((name, {}, value))
    walls = report.get("walls") or {}
    sockets = walls.get("runtime_sockets")
    if isinstance(sockets, list) and not (walls.get("error") and not sockets):
        writable = sum(bool(s.get("writable")) for s in sockets)
        out.append(("jupyter_isolation_runtime_sockets_writable", {}, float(writable)))
    policy = report.get("policy") or {}
    if policy.get("level") in LEVELS:
        for level in LEVELS:
            value = float(level == policy["level"])
            out.append(("jupyter_isolation_pod_security_level", {"level": level}, value))
    for control in policy.get("controls") or []:
        if control.get("id") not in CONTROL_IDS or control.get("status") not in STATUSES:
            continue
        # One sample per control, not one per status: a scrape stays as cheap as it can be.
        labels = {"control": control["id"], "status": control["status"]}
        out.append(("jupyter_isolation_pod_security_control", labels, 1.0))
    out += _limits(report)
    out += _volumes(report)
    return out


# --- prometheus_client ------------------------------------------------------------------------


class IsolationCollector:
    """Yields the families of the service's cached report; set ``service`` to the server's.

    One per process (jupyter_server's registry is global): a second server in the same process
    (tests) takes the collector over with its own service.
    """

    def __init__(self):
        self.service = None
        self._cache: tuple[object, list] | None = None

    def describe(self):
        # What the registry checks names against at registration: no collection for it.
        return self._families([])

    def collect(self):
        service = self.service
        if service is None:
            return []
        snapshot = service.latest
        service.refresh_in_background(service.config.metrics_max_age)
        if self._cache is not None and self._cache[0] is snapshot:
            return self._cache[1]
        report = snapshot.report if snapshot is not None else None
        families = self._families(samples(report, endpoint_ids(service.config.extra_endpoints)))
        self._cache = (snapshot, families)
        return families

    @staticmethod
    def _families(emitted: list[tuple[str, dict, float]]) -> list:
        from prometheus_client.core import (
            CounterMetricFamily,
            GaugeMetricFamily,
            InfoMetricFamily,
        )

        families = []
        for metric in METRICS:
            mine = [(labels, value) for name, labels, value in emitted if name == metric.name]
            if metric.type == "info":
                family = InfoMetricFamily(metric.family, metric.help)
                for labels, _ in mine:
                    family.add_metric([], labels)
            else:
                kind = CounterMetricFamily if metric.type == "counter" else GaugeMetricFamily
                names = [label for label, _ in metric.labels]
                family = kind(metric.family, metric.help, labels=names)
                for labels, value in mine:
                    family.add_metric([labels[n] for n in names], value)
            families.append(family)
        return families


_COLLECTOR = IsolationCollector()
_REGISTERED: weakref.WeakSet = weakref.WeakSet()  # the registries that hold _COLLECTOR


def install(service, registry=None, log=None) -> IsolationCollector:
    """Point the process's one collector at ``service`` and register it once.

    A registry that already holds our names (the extension loaded twice, another copy of this
    module) is not a crash: the metrics stay with whoever registered them, and a warning says so.
    """
    from prometheus_client import REGISTRY

    registry = registry or REGISTRY
    _COLLECTOR.service = service
    if registry in _REGISTERED:
        return _COLLECTOR
    try:
        registry.register(_COLLECTOR)
    except ValueError as error:
        if log is not None:
            log.warning("Isolation metrics not registered: %s", error)
        return _COLLECTOR
    _REGISTERED.add(registry)
    return _COLLECTOR


def uninstall(service, registry=None) -> bool:
    """Unregister the collector when it serves ``service`` (its server's extension unloads), so
    the registry, global to the process, keeps nothing of a server that is gone; a later
    ``install`` registers it again. False when another server's service has taken it over."""
    from prometheus_client import REGISTRY

    registry = registry or REGISTRY
    if service is None or _COLLECTOR.service is not service:
        return False
    _COLLECTOR.service = None
    _COLLECTOR._cache = None  # the last report's families: nothing of the server is kept
    if registry in _REGISTERED:
        registry.unregister(_COLLECTOR)
        _REGISTERED.discard(registry)
    return True
