"""Server-side configuration: the only place probe targets and file paths come from."""

from traitlets import Bool, Dict, Float, List, TraitError, Unicode, validate
from traitlets.config import Configurable

from .collector.report import DEFAULT_METADATA_PATH

_ENDPOINT_KEYS = {"id", "name", "host", "port", "expected"}


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
        1.0,
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

    @validate("extra_endpoints")
    def _check_extra_endpoints(self, proposal):
        for endpoint in proposal["value"]:
            missing = _ENDPOINT_KEYS - set(endpoint)
            if missing:
                raise TraitError(f"extra_endpoints entry lacks {sorted(missing)}: {endpoint!r}")
            if endpoint["expected"] not in ("blocked", "reachable"):
                raise TraitError(f'expected must be "blocked" or "reachable": {endpoint!r}')
            port = endpoint["port"]
            if not isinstance(port, int) or not 0 < port < 65536:
                raise TraitError(f"port must be an integer from 1 to 65535: {endpoint!r}")
        return proposal["value"]

    @validate("probe_timeout")
    def _check_probe_timeout(self, proposal):
        if not 0 < proposal["value"] <= 30:
            raise TraitError("probe_timeout must be more than 0 and at most 30 seconds")
        return proposal["value"]
