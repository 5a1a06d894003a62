"""Server-side configuration: the only place probe targets and file paths come from."""

from traitlets import Bool, Dict, Float, List, TraitError, Unicode, validate
from traitlets.config import Configurable

from .collector.probe import DEFAULT_PROBE_TIMEOUT, check_probe_timeout, endpoint_problem
from .collector.report import DEFAULT_METADATA_PATH


class IsolationInfo(Configurable):
    """Settings of the isolation report, e.g. ``c.IsolationInfo.active_probes = True``."""

    metadata_path = Unicode(
        DEFAULT_METADATA_PATH,
        help="Path of the app metadata file that Studio mounts read-only.",
    ).tag(config=True)

    active_probes = Bool(
        False,
        help=(
            "Open real TCP connections to the blocked endpoints (instance metadata service, "
            "EFS mount targets, extra_endpoints) to prove they are blocked. Off by default: "
            "without it the report only asks the kernel for a route, which sends no packet."
        ),
    ).tag(config=True)

    probe_timeout = Float(
        DEFAULT_PROBE_TIMEOUT,
        help="Seconds each active probe may take before it counts as blocked (timed out).",
    ).tag(config=True)

    extra_endpoints = List(
        Dict(),
        default_value=[],
        help=(
            "More endpoints to check, each a dict with keys id, name, host, port and "
            'expected ("blocked" or "reachable").'
        ),
    ).tag(config=True)

    cache_ttl = Float(
        10.0,
        help="Seconds a report is reused before it is collected again (?refresh=1 skips it).",
    ).tag(config=True)

    refresh_min_interval = Float(
        1.0,
        help=(
            "Seconds within which ?refresh=1 reuses the report just collected, so a burst of "
            "refreshes costs one collection."
        ),
    ).tag(config=True)

    probe_min_interval = Float(
        5.0,
        help="Fewest seconds between two active probe runs asked for from the browser.",
    ).tag(config=True)

    cgroup_proc_root = Unicode(
        "/proc",
        help=(
            "Where the kernel-death check and the report's limits section read /proc "
            "(mountinfo, a kernel's cgroup, meminfo): /proc on a live machine, a directory of "
            "captured files in tests."
        ),
    ).tag(config=True)

    cgroup_fs_root = Unicode(
        "/",
        help=(
            "The directory under which the kernel-death check and the report's limits "
            "section look up the cgroup mount points mountinfo names (e.g. /sys/fs/cgroup): "
            "/ on a live machine."
        ),
    ).tag(config=True)

    metrics_max_age = Float(
        60.0,
        help=(
            "Seconds the report behind /metrics may be old before a scrape starts a new "
            "collection in the background. The scrape itself never waits: it answers from the "
            "cached report."
        ),
    ).tag(config=True)

    @validate("extra_endpoints")
    def _check_extra_endpoints(self, proposal):
        for index, endpoint in enumerate(proposal["value"]):
            problem = endpoint_problem(endpoint)
            if problem:
                raise TraitError(
                    f"c.IsolationInfo.extra_endpoints[{index}] ({endpoint!r}): {problem}"
                )
        return proposal["value"]

    @validate("probe_timeout")
    def _check_probe_timeout(self, proposal):
        try:
            return check_probe_timeout(proposal["value"])
        except ValueError as error:
            raise TraitError(f"c.IsolationInfo.probe_timeout: {error}") from error
