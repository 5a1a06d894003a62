"""The metadata section: the app's resource metadata file (Studio's
``/opt/ml/metadata/resource-metadata.json``), read as bytes, parsed strictly, never written."""

from __future__ import annotations

import logging

from . import errors, parse, read
from .process import ProcessState

DEFAULT_METADATA_PATH = "/opt/ml/metadata/resource-metadata.json"


def empty_section(path: str) -> dict:
    """The section's shape before it is filled in, and when it could not be collected."""
    return {
        "path": path,
        "found": None,
        "read_only": None,
        "fields": None,
        "notes": [],
        "repeated_keys": [],
        "error": None,
    }


def metadata_section(path: str, proc: ProcessState) -> dict:
    section = empty_section(path)
    if not path:
        section["error"] = "No metadata file path is configured."
        return section
    try:
        data = proc.reader.read_bytes(path)
    except read.NotFound as error:
        # A dangling symlink is NotFound too: "found" means something is there to read.
        section["found"] = False
        section["error"] = str(error)
    except read.ReadError as error:
        section["found"] = proc.reader.lexists(path)
        section["error"] = str(error)
    else:
        section["found"] = True
        try:
            fields, notes, repeated = parse.parse_metadata(data)
        except ValueError as error:
            section["error"] = str(error)
        else:
            section.update(fields=fields, notes=notes, repeated_keys=repeated)
    if section["found"]:
        section["read_only"] = _read_only(path, proc)
    return section


def _read_only(path: str, proc: ProcessState) -> bool | None:
    """ST_RDONLY from statvfs, else the ``ro`` option of the mount that holds the path."""
    try:
        if proc.reader.statvfs_read_only(path):
            return True
    except read.ReadError as error:  # the mount's own option answers instead
        errors.log_once(f"statvfs of {path} is unknown", error, logging.DEBUG)
    _, _, mount_read_only = proc.mount_facts(path)
    return mount_read_only
