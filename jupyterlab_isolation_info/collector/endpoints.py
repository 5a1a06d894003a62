"""The endpoints section: the instance metadata service, each EFS mount target (``addr=`` of
an NFS mount in mountinfo) and the endpoints an administrator configured, each with its status
from the collection's one probe batch (``probe.check_endpoints``)."""

from __future__ import annotations

from . import parse, probe
from .process import ProcessState


def empty_section() -> list[dict]:
    """The section's shape when it could not be collected: nothing checked."""
    return []


def targets(proc: ProcessState, extra_endpoints) -> list:
    """What to check, in the section's order; a bad configured entry is kept (it is reported)."""
    return [
        *probe.default_endpoints(),
        *probe.efs_endpoints(parse.nfs_addresses(proc.mounts or [])),
        *list(extra_endpoints or ()),
    ]


def endpoints_section(checked: list[dict]) -> list[dict]:
    """The section from the batch's entries for ``targets``, in the same order."""
    section = empty_section()
    section.extend(checked)
    return section
