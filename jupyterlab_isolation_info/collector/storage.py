"""The storage section: the file system and mount of /, the home and /tmp, from mountinfo."""

from __future__ import annotations

from .process import ProcessState


def empty_section() -> list[dict]:
    """The section's shape when it could not be collected: nothing known."""
    return []


def storage_section(proc: ProcessState, home: str | None) -> list[dict]:
    paths = ["/", *([home] if home else []), "/tmp"]  # noqa: S108 - reported, never written
    entries = empty_section()
    for path in dict.fromkeys(paths):
        filesystem, source, read_only = proc.mount_facts(path)
        entries.append(
            {
                "path": path,
                "filesystem": filesystem,
                "mount_source": source,
                "read_only": read_only,
            }
        )
    return entries
