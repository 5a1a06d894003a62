"""The credentials path: the container credentials variable and its endpoint's route.

Studio hands the execution role's credentials to code through the container credentials
endpoint: the AWS SDKs read ``AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`` and ask 169.254.170.2
for it. Only whether the variable is set is looked at, never its value; the endpoint gets a
route lookup (no packet), or a TCP connect and close under active probes. Never an HTTP request.
"""

from __future__ import annotations

from . import probe

RELATIVE_URI_VARIABLE = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
FULL_URI_VARIABLE = "AWS_CONTAINER_CREDENTIALS_FULL_URI"
# The host the SDKs put in front of a relative URI (ECS and SageMaker alike).
ENDPOINT_HOST = "169.254.170.2"
ENDPOINT_PORT = 80


def credentials_section(
    relative_uri_set: bool, full_uri_set: bool, active: bool, timeout: float, check: bool = True
) -> dict:
    """The section; ``*_set`` are presence booleans (Reader.environment_present). With ``check``
    false (a report of captured files) no route is looked up."""
    endpoint = {
        "id": "container-credentials",
        "name": "Container credentials endpoint",
        "host": ENDPOINT_HOST,
        "port": ENDPOINT_PORT,
        "expected": "reachable",
    }
    if check:
        result = probe.check_endpoints([endpoint], active=active, timeout=timeout)[0]
    else:
        result = probe.unchecked_endpoints([endpoint])[0]
    return {
        "relative_uri_set": bool(relative_uri_set),
        "full_uri_set": bool(full_uri_set),
        "host": ENDPOINT_HOST,
        "port": ENDPOINT_PORT,
        "expected": "reachable",
        "status": result["status"],
        "method": result["method"],
        "detail": result["detail"],
        "error": None,
    }


def empty_section() -> dict:
    """The section's shape when it could not be collected."""
    return {
        "relative_uri_set": False,
        "full_uri_set": False,
        "host": ENDPOINT_HOST,
        "port": ENDPOINT_PORT,
        "expected": "reachable",
        "status": "unknown",
        "method": "route",
        "detail": "Not checked.",
        "error": None,
    }
