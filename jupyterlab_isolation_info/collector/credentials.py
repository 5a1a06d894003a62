"""The credentials path: the container credentials variable and its endpoint's route.

Studio hands the execution role's credentials to code through the container credentials
endpoint: the AWS SDKs read ``AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`` and ask 169.254.170.2
for it. Only whether the variable is set is looked at, never its value; the endpoint gets a
route lookup (no packet), or a TCP connect and close under active probes, in the collection's
one probe batch (``probe.check_endpoints``). Never an HTTP request.
"""

from __future__ import annotations

RELATIVE_URI_VARIABLE = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
FULL_URI_VARIABLE = "AWS_CONTAINER_CREDENTIALS_FULL_URI"
# The host the SDKs put in front of a relative URI (ECS and SageMaker alike).
ENDPOINT_HOST = "169.254.170.2"
ENDPOINT_PORT = 80
# What the collection probes for this section.
ENDPOINT = {
    "id": "container-credentials",
    "name": "Container credentials endpoint",
    "host": ENDPOINT_HOST,
    "port": ENDPOINT_PORT,
    "expected": "reachable",
}


def credentials_section(relative_uri_set: bool, full_uri_set: bool, checked: dict) -> dict:
    """The section; ``*_set`` are presence booleans (Reader.environment_present), ``checked``
    is ENDPOINT's entry from the probe batch."""
    section = empty_section()
    section.update(
        relative_uri_set=bool(relative_uri_set),
        full_uri_set=bool(full_uri_set),
        status=checked["status"],
        method=checked["method"],
        detail=checked["detail"],
    )
    return section


def empty_section() -> dict:
    """The section's shape before it is filled in, and when it could not be collected."""
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
