"""Is an endpoint blocked? A route lookup (no packet) by default, a bounded TCP connect on request.

A UDP socket's connect() only asks the kernel for a route and sends nothing; a route rule
(prohibit, unreachable, blackhole) makes it fail at once (ip-route(8), the isolation model).
"""

from __future__ import annotations

import errno
import math
import socket
import time

from . import errors, workers

# The errors a refused route gives: prohibit → EACCES, unreachable → EHOSTUNREACH/ENETUNREACH,
# blackhole → EINVAL (and no route at all → ENETUNREACH).
ROUTE_REFUSED = {
    errno.EACCES: "a prohibit rule",
    errno.EPERM: "a prohibit rule",
    errno.ENETUNREACH: "an unreachable rule or no route",
    errno.EHOSTUNREACH: "an unreachable rule",
    errno.EINVAL: "a blackhole rule",
}

# Time an active probe run may take beyond probe_timeout (thread start-up, name lookups).
PROBE_SLACK = 0.3

# The one place the probe timeout's bounds live (CLI, server configuration and report).
DEFAULT_PROBE_TIMEOUT = 1.0
MAX_PROBE_TIMEOUT = 30.0

EXPECTED = ("blocked", "reachable")


def check_probe_timeout(value) -> float:
    """The timeout as a float, or ValueError with a sentence when it is out of bounds."""
    try:
        seconds = float(value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"The probe timeout {value!r} is not a number of seconds.") from error
    if not (math.isfinite(seconds) and 0 < seconds <= MAX_PROBE_TIMEOUT):
        raise ValueError(
            f"The probe timeout must be more than 0 and at most {MAX_PROBE_TIMEOUT:g} seconds, "
            f"not {value!r}."
        )
    return seconds


def address_text(host, port) -> str:
    """``host:port``, with an IPv6 address in brackets as in a URL: ``[fd00:ec2::254]:80``."""
    host = str(host)
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def default_endpoints() -> list[dict]:
    """The instance metadata service over IPv4 and IPv6; both must be blocked in Studio."""
    return [
        {
            "id": "imds-ipv4",
            "name": "Instance metadata service (IPv4)",
            "host": "169.254.169.254",
            "port": 80,
            "expected": "blocked",
        },
        {
            "id": "imds-ipv6",
            "name": "Instance metadata service (IPv6)",
            "host": "fd00:ec2::254",
            "port": 80,
            "expected": "blocked",
        },
    ]


def efs_endpoints(addresses: list[dict]) -> list[dict]:
    """One endpoint per NFS mount target address (``addr=`` in mountinfo), NFS port 2049."""
    return [
        {
            "id": f"efs-{entry['address']}",
            "name": f"EFS mount target for {entry['mount_point']}",
            "host": entry["address"],
            "port": 2049,
            "expected": "blocked",
        }
        for entry in addresses
    ]


def _numeric_address(host: str, port: int):
    """(family, sockaddr) for a literal IP address; None for a host name (no DNS lookups here)."""
    try:
        infos = socket.getaddrinfo(
            host, port, type=socket.SOCK_DGRAM, flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV
        )
    except (socket.gaierror, UnicodeError):
        return None
    family, _, _, _, sockaddr = infos[0]
    return family, sockaddr


def _describe_errno(number: int | None) -> str:
    return errno.errorcode.get(number, str(number)) if number is not None else "no errno"


def route_lookup(host: str, port: int) -> tuple[str, str]:
    """(status, detail) from the kernel's route lookup for host:port; sends no packet."""
    address = _numeric_address(host, port)
    if address is None:
        return (
            "unknown",
            f"{host} is a host name; looking it up would send a DNS query, so only an active "
            "probe checks it.",
        )
    family, sockaddr = address
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as udp:
            udp.connect(sockaddr)
            source = udp.getsockname()[0]
    except OSError as error:
        reason = ROUTE_REFUSED.get(error.errno)
        if reason:
            return (
                "blocked",
                f"The kernel refuses the route ({_describe_errno(error.errno)}): {reason}.",
            )
        return "unknown", f"The route lookup failed: {error.strerror or error}."
    via = f" (source address {source})" if source not in ("0.0.0.0", "::") else ""  # noqa: S104
    return "routable", f"A route exists{via}; no packet was sent."


def connect_probe(host: str, port: int, timeout: float) -> tuple[str, str]:
    """(status, detail) from one TCP connect bounded by timeout; a connection is closed at once."""
    started = time.monotonic()
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        return "unknown", f"The host name could not be resolved: {error}."
    family, socktype, proto, _, sockaddr = infos[0]
    remaining = max(0.01, timeout - (time.monotonic() - started))
    try:
        with socket.socket(family, socktype, proto) as tcp:
            tcp.settimeout(remaining)
            tcp.connect(sockaddr)
    except TimeoutError:
        return "blocked", f"No answer within {timeout:g} s: the connection attempt timed out."
    except OSError as error:
        reason = ROUTE_REFUSED.get(error.errno)
        if reason:
            return (
                "blocked",
                f"The connection failed at once ({_describe_errno(error.errno)}): {reason}.",
            )
        if error.errno == errno.ECONNREFUSED:
            return (
                "unknown",
                f"The connection was refused: {host} answered, so the path is open, but nothing "
                f"listens on port {port}.",
            )
        return "unknown", f"The connection failed: {error.strerror or error}."
    return "reachable", "A TCP connection was completed (and closed at once)."


def endpoint_problem(endpoint) -> str | None:
    """Why a configured endpoint cannot be checked, or None when it can.

    The one validator of endpoints: the server configuration refuses a bad entry at start with
    this sentence, and the report shows it for an entry that reaches the collector anyway.
    """
    if not isinstance(endpoint, dict):
        return "This configured endpoint is not a mapping."
    missing = sorted({"id", "host", "port"} - set(endpoint))
    if missing:
        return f"This configured endpoint lacks {', '.join(missing)}."
    if not isinstance(endpoint["id"], str) or not endpoint["id"]:
        return "This configured endpoint's id is not a non-empty string."
    port = endpoint["port"]
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        return "This configured endpoint's port is not a number from 1 to 65535."
    if not isinstance(endpoint["host"], str) or not endpoint["host"]:
        return "This configured endpoint's host is not a non-empty string."
    if "name" in endpoint and not isinstance(endpoint["name"], str):
        return "This configured endpoint's name is not a string."
    if endpoint.get("expected", "blocked") not in EXPECTED:
        return 'This configured endpoint\'s expected is not "blocked" or "reachable".'
    unknown = sorted(set(endpoint) - {"id", "name", "host", "port", "expected"})
    if unknown:
        return f"This configured endpoint has unknown keys: {', '.join(map(str, unknown))}."
    return None


def _entry(endpoint, status: str, method: str, detail: str) -> dict:
    source = endpoint if isinstance(endpoint, dict) else {}
    expected = source.get("expected")
    port = source.get("port")
    port = port if isinstance(port, int) and not isinstance(port, bool) else 0
    host = str(source.get("host", ""))
    return {
        "id": str(source.get("id", "invalid")),
        "name": str(source.get("name") or source.get("id", "invalid")),
        "host": host,
        "port": port,
        "address": address_text(host, port),
        "expected": expected if expected in EXPECTED else "blocked",
        "status": status,
        "method": method,
        "detail": detail,
    }


def unchecked_endpoints(endpoints: list) -> list[dict]:
    """Each endpoint with status unknown: a report of captured files checks no route here."""
    return [
        _entry(
            endpoint,
            "unknown",
            "route",
            endpoint_problem(endpoint)
            or "Not checked: this report was built from captured files, not on the machine.",
        )
        for endpoint in endpoints
    ]


def check_endpoints(endpoints: list, active: bool = False, timeout: float = 1.0) -> list[dict]:
    """Each endpoint's status, in the given order: one batch.

    Passive: a route lookup each. Active: all TCP connects at once, each on a long-lived worker
    (``workers``), so the batch takes about ``timeout`` however many endpoints hang; a probe
    still running past ``timeout + PROBE_SLACK`` (a slow name lookup) is reported unknown and
    left to finish alone. A collection probes its endpoints and the credentials endpoint in one
    such batch.
    """
    results: list[dict | None] = [None] * len(endpoints)
    calls = []
    for index, endpoint in enumerate(endpoints):
        problem = endpoint_problem(endpoint)
        if problem:
            results[index] = _entry(endpoint, "unknown", "route", problem)
        elif not active:
            status, detail = route_lookup(endpoint["host"], endpoint["port"])
            results[index] = _entry(endpoint, status, "route", detail)
        else:
            try:
                calls.append((index, workers.submit(_prober(endpoint, timeout))))
            except workers.Busy as busy:
                detail = f"The probe was not started: {busy.waiting} earlier calls still wait."
                results[index] = _entry(endpoint, "unknown", "connect", detail)
    deadline = time.monotonic() + timeout + PROBE_SLACK
    for index, call in calls:
        if call.wait(max(0.0, deadline - time.monotonic())):
            results[index] = call.result()
    for index, endpoint in enumerate(endpoints):
        if results[index] is None:
            detail = f"The probe did not finish within {timeout + PROBE_SLACK:g} s."
            results[index] = _entry(endpoint, "unknown", "connect", detail)
    return results  # type: ignore[return-value]


def _prober(endpoint: dict, timeout: float):
    def run() -> dict:
        try:
            status, detail = connect_probe(endpoint["host"], endpoint["port"], timeout)
        except Exception as error:  # a probe must not take the report down
            errors.log_once(f"The probe of {endpoint.get('id')} failed", error)
            status, detail = "unknown", f"The probe failed: {error}."
        return _entry(endpoint, status, "connect", detail)

    return run
