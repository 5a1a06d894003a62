"""Assembles the isolation report, schema_version 1 (documented in the README).

Each section is collected on its own: a section that cannot be read carries an ``error``
sentence and the others stay intact. No environment variable is read into the report.
"""

from __future__ import annotations

import datetime
import os
import stat

from . import context, credentials, mounts, parse, probe, read, walls
from .findings import derive_findings

SCHEMA_VERSION = 1
DEFAULT_METADATA_PATH = "/opt/ml/metadata/resource-metadata.json"
OVERFLOW_ID_DEFAULT = 65534  # the kernel's default overflowuid/overflowgid


class _ProcState:
    """/proc/self text read once per report; a missing or odd file leaves an error behind."""

    def __init__(self, pid: int | str = "self"):
        self.pid = pid
        self.errors: dict[str, str] = {}
        self.status = self._parsed("status", parse.parse_status)
        self.uid_map = self._parsed("uid_map", parse.parse_id_map)
        self.gid_map = self._parsed("gid_map", parse.parse_id_map)
        self.mounts = self._parsed("mountinfo", parse.parse_mountinfo)

    def _parsed(self, name: str, parser):
        try:
            return parser(read.read_text(read.proc_path(name, self.pid)))
        except (read.ReadError, ValueError) as error:
            self.errors[name] = str(error)
            return None


def _sysctl_int(path: str) -> int | None:
    try:
        value = read.read_text(path).strip()
    except read.ReadError:
        return None
    return int(value) if value.isdigit() else None


def run_as_section(sudo: bool = True, sudo_check=None) -> dict:
    """``sudo_check(uid) -> (answer, sentence)``; by default run once per process and cached."""
    uid, gid, groups = read.current_ids()
    answer, detail = (sudo_check or read.sudo_check_cached)(uid) if sudo else ("unknown", None)
    entry = read.user_by_uid(uid)
    ordered = [gid, *(g for g in groups if g != gid)]  # `id` lists the primary group first
    section = {
        "user": entry.pw_name if entry else None,
        "uid": uid,
        "gid": gid,
        "groups": [{"gid": g, "name": read.group_name(g)} for g in ordered],
        # From the passwd database, never from $HOME.
        "home": entry.pw_dir if entry else None,
        "sudo": answer,
        "sudo_detail": detail,
        "root_host_uid": None,  # filled in from uid_map by build_report
        "error": None,
    }
    if entry is None:
        section["error"] = (
            f"There is no passwd entry for uid {uid}, so the user has no name or home directory "
            "here."
        )
    return section


def user_namespace_section(proc: _ProcState, uid: int, gid: int) -> dict:
    uid_map, gid_map = proc.uid_map, proc.gid_map
    errors = [proc.errors[name] for name in ("uid_map", "gid_map") if name in proc.errors]
    remapped = None
    if uid_map is not None:
        remapped = not parse.is_identity_map(uid_map)
    return {
        "remapped": remapped,
        "uid_map": uid_map or [],
        "gid_map": gid_map or [],
        "host_uid": parse.map_to_host(uid, uid_map or []),
        "host_gid": parse.map_to_host(gid, gid_map or []),
        "error": " ".join(errors) or None,
    }


def _mount_facts(
    mounts: list[dict] | None, path: str
) -> tuple[str | None, str | None, bool | None]:
    if not mounts:
        return None, None, None
    mount = parse.mount_for_path(mounts, read.real_path(path))
    if mount is None:
        return None, None, None
    return mount["filesystem"], mount["mount_source"], parse.is_read_only(mount)


def _empty_home(path: str | None) -> dict:
    return {
        "path": path,
        "exists": False,
        "owner_uid": None,
        "owner_gid": None,
        "owner_name": None,
        "mode": None,
        "host_owner_uid": None,
        "owner_is_run_as": None,
        "owner_unmapped": None,
        "filesystem": None,
        "mount_source": None,
        "error": None,
    }


def home_section(proc: _ProcState, run_as: dict) -> dict:
    path = run_as.get("home")
    section = _empty_home(path)
    if not path:
        section["error"] = "The home directory is unknown: the user has no passwd entry."
        return section
    try:
        info = read.stat_path(path)
    except read.ReadError as error:
        section["error"] = str(error)
        return section
    overflow_uid = _sysctl_int("/proc/sys/kernel/overflowuid") or OVERFLOW_ID_DEFAULT
    owner = read.user_by_uid(info.st_uid)
    filesystem, source, _ = _mount_facts(proc.mounts, path)
    section.update(
        exists=True,
        owner_uid=info.st_uid,
        owner_gid=info.st_gid,
        owner_name=owner.pw_name if owner else None,
        mode=f"{stat.S_IMODE(info.st_mode):04o}",
        host_owner_uid=parse.map_to_host(info.st_uid, proc.uid_map or []),
        owner_is_run_as=info.st_uid == run_as.get("uid"),
        owner_unmapped=info.st_uid == overflow_uid,
        filesystem=filesystem,
        mount_source=source,
    )
    if not stat.S_ISDIR(info.st_mode):
        section["error"] = f"{path} is not a directory."
    elif proc.mounts is None:
        section["error"] = proc.errors.get("mountinfo")
    return section


def metadata_section(path: str, proc: _ProcState) -> dict:
    section = {"path": path, "found": False, "read_only": None, "fields": None, "error": None}
    if not path:
        section["error"] = "No metadata file path is configured."
        return section
    try:
        data = read.read_bytes(path)
    except read.ReadError as error:
        # "found" means something is there; a dangling symlink leads nowhere.
        section["found"] = os.path.exists(path)
        section["error"] = str(error)
    else:
        section["found"] = True
        try:
            section["fields"] = parse.parse_metadata(data)
        except ValueError as error:
            section["error"] = str(error)
    if section["found"]:
        section["read_only"] = _read_only(path, proc)
    return section


def _read_only(path: str, proc: _ProcState) -> bool | None:
    """ST_RDONLY from statvfs, else the ``ro`` option of the mount that holds the path."""
    try:
        if read.statvfs_read_only(path):
            return True
    except read.ReadError:
        pass
    _, _, mount_read_only = _mount_facts(proc.mounts, path)
    if mount_read_only is not None:
        return mount_read_only
    return None


def _empty_capabilities() -> dict:
    return {
        "effective": [],
        "permitted": [],
        "inheritable": [],
        "bounding": [],
        "ambient": [],
        "beyond_docker_default": [],
        "no_new_privs": None,
        "seccomp": None,
        "error": None,
    }


def capabilities_section(proc: _ProcState) -> dict:
    section = _empty_capabilities()
    status = proc.status
    if status is None:
        section["error"] = proc.errors.get("status")
        return section
    last_cap = _sysctl_int("/proc/sys/kernel/cap_last_cap")
    problems = []
    for key, line in (
        ("effective", "CapEff"),
        ("permitted", "CapPrm"),
        ("inheritable", "CapInh"),
        ("bounding", "CapBnd"),
        ("ambient", "CapAmb"),
    ):
        if line not in status:
            problems.append(f"/proc/self/status has no {line} line.")
            continue
        try:
            section[key] = parse.decode_capabilities(status[line], last_cap)
        except ValueError as error:
            problems.append(str(error))
    section["beyond_docker_default"] = parse.beyond_docker_default(section["bounding"])
    section["no_new_privs"] = parse.parse_no_new_privs(status.get("NoNewPrivs"))
    section["seccomp"] = parse.parse_seccomp(status.get("Seccomp"))
    section["error"] = " ".join(problems) or None
    return section


def storage_section(proc: _ProcState, home: str | None) -> list[dict]:
    paths = ["/", *([home] if home else []), "/tmp"]  # noqa: S108 - reported, never written
    entries = []
    for path in dict.fromkeys(paths):
        filesystem, source, read_only = _mount_facts(proc.mounts, path)
        entries.append(
            {
                "path": path,
                "filesystem": filesystem,
                "mount_source": source,
                "read_only": read_only,
            }
        )
    return entries


def endpoints_section(
    proc: _ProcState, active_probes: bool, probe_timeout: float, extra_endpoints
) -> list[dict]:
    addresses = parse.nfs_addresses(proc.mounts or [])
    endpoints = [
        *probe.default_endpoints(),
        *probe.efs_endpoints(addresses),
        *list(extra_endpoints or ()),
    ]
    return probe.check_endpoints(endpoints, active=active_probes, timeout=probe_timeout)


def _guarded(build, fallback, errors: dict, name: str):
    """A section, or its empty shape when collecting it failed in a way no reader foresaw.

    The failure is kept as a sentence: in the section's ``error``, or in the report's ``errors``
    for the list sections.
    """
    try:
        return build()
    except Exception as error:  # one broken section must not take the report down
        sentence = f"The {name} section could not be collected: {error!r}."
        errors[name] = sentence
        if isinstance(fallback, dict):
            return {**fallback, "error": sentence}
        return fallback


def build_report(
    *,
    metadata_path: str = DEFAULT_METADATA_PATH,
    active_probes: bool = False,
    probe_timeout: float = 1.0,
    extra_endpoints=(),
    expect_uid: int | None = None,
    expect_gid: int | None = None,
    sudo_check=None,
) -> dict:
    """The whole report for this process. Never raises for bad input; probes only when asked."""
    errors: dict[str, str] = {}
    proc = _ProcState()
    try:
        probe_timeout = min(max(float(probe_timeout), 0.05), 30.0)
    except (TypeError, ValueError):
        probe_timeout = 1.0
    metadata_path = str(metadata_path)
    uid, gid, _ = read.current_ids()
    run_as = _guarded(
        lambda: run_as_section(sudo_check=sudo_check),
        {
            "user": None,
            "uid": uid,
            "gid": gid,
            "groups": [],
            "home": None,
            "sudo": "unknown",
            "sudo_detail": None,
            "root_host_uid": None,
        },
        errors,
        "run_as",
    )
    run_as["root_host_uid"] = parse.map_to_host(0, proc.uid_map) if proc.uid_map else None
    report = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": datetime.datetime.now(datetime.timezone.utc)
        .isoformat(timespec="seconds")
        .replace("+00:00", "Z"),
        "run_as": run_as,
        "user_namespace": _guarded(
            lambda: user_namespace_section(proc, uid, gid),
            {"remapped": None, "uid_map": [], "gid_map": [], "host_uid": None, "host_gid": None},
            errors,
            "user_namespace",
        ),
        "home": _guarded(
            lambda: home_section(proc, run_as), _empty_home(run_as.get("home")), errors, "home"
        ),
        "metadata": _guarded(
            lambda: metadata_section(metadata_path, proc),
            {"path": metadata_path, "found": False, "read_only": None, "fields": None},
            errors,
            "metadata",
        ),
        "endpoints": _guarded(
            lambda: endpoints_section(proc, active_probes, probe_timeout, extra_endpoints),
            [],
            errors,
            "endpoints",
        ),
        "capabilities": _guarded(
            lambda: capabilities_section(proc), _empty_capabilities(), errors, "capabilities"
        ),
        "storage": _guarded(
            lambda: storage_section(proc, run_as.get("home")), [], errors, "storage"
        ),
        "errors": errors,
    }
    report.update(
        _studio_sections(proc, run_as, report["metadata"], active_probes, probe_timeout, errors)
    )
    report["findings"] = derive_findings(report, expect_uid=expect_uid, expect_gid=expect_gid)
    return report


def _studio_sections(
    proc: _ProcState,
    run_as: dict,
    metadata: dict,
    active_probes: bool,
    probe_timeout: float,
    errors: dict,
) -> dict:
    """The mounts, credentials, context and walls sections (see their modules)."""
    environment = read.environment_allowlisted(context.ALLOWED_ENVIRONMENT)
    overflow_uid = _sysctl_int("/proc/sys/kernel/overflowuid") or OVERFLOW_ID_DEFAULT
    homes = [run_as.get("home"), environment.get("HOME")]
    metadata_error = metadata.get("error") if metadata.get("found") else None
    return {
        "mounts": _guarded(
            lambda: mounts.mounts_section(proc.mounts, homes, proc.uid_map, overflow_uid),
            [],
            errors,
            "mounts",
        ),
        "credentials": _guarded(
            lambda: credentials.credentials_section(
                read.environment_present(credentials.RELATIVE_URI_VARIABLE),
                read.environment_present(credentials.FULL_URI_VARIABLE),
                active_probes,
                probe_timeout,
            ),
            credentials.empty_section(),
            errors,
            "credentials",
        ),
        "context": _guarded(
            lambda: context.context_section(
                metadata.get("fields"), environment, run_as.get("home"), metadata_error
            ),
            context.empty_section(),
            errors,
            "context",
        ),
        "walls": _guarded(
            lambda: walls.walls_section(proc.status, proc.mounts),
            walls.empty_section(),
            errors,
            "walls",
        ),
    }
