"""Assembles the isolation report, schema_version 1 (report.schema.json beside this package).

Each section is collected on its own: a section that cannot be read carries an ``error``
sentence and the others stay intact. No environment variable is read into the report. Every
read goes through one ``read.Reader``, whose roots are parameters, so captured kernel text
reproduces a whole report (the golden reports of the tests).
"""

from __future__ import annotations

import datetime
import stat

from . import context, credentials, mounts, parse, policy, probe, read, walls
from .findings import derive_findings
from .kernels import process_identity

SCHEMA_VERSION = 1
DEFAULT_METADATA_PATH = "/opt/ml/metadata/resource-metadata.json"
OVERFLOW_ID_DEFAULT = 65534  # the kernel's default overflowuid/overflowgid


class _ProcState:
    """/proc/<pid> text read once per report; a missing or odd file leaves an error behind."""

    def __init__(self, reader: read.Reader, pid: int | str = "self"):
        self.reader = reader
        self.pid = pid
        self.errors: dict[str, str] = {}
        self.status = self._parsed("status", parse.parse_status)
        self.uid_map = self._parsed("uid_map", parse.parse_id_map)
        self.gid_map = self._parsed("gid_map", parse.parse_id_map)
        self.mounts = self._parsed("mountinfo", parse.parse_mountinfo)

    def _parsed(self, name: str, parser):
        try:
            return parser(self.reader.proc_text(name, self.pid))
        except (read.ReadError, ValueError) as error:
            self.errors[name] = str(error)
            return None


def run_as_section(reader: read.Reader, check_sudo: bool = True) -> dict:
    uid, gid, groups = reader.current_ids()
    entry = reader.user_by_uid(uid)
    sudo, sudo_detail = reader.sudo(uid, run=check_sudo)
    ordered = [gid, *(g for g in groups if g != gid)]  # `id` lists the primary group first
    section = {
        "user": entry.name if entry else None,
        "uid": uid,
        "gid": gid,
        "groups": [{"gid": g, "name": reader.group_name(g)} for g in ordered],
        # From the user database, never from $HOME.
        "home": entry.home if entry else None,
        "sudo": sudo,
        "sudo_detail": sudo_detail,
        "root_host_uid": None,  # from uid_map, filled in by build_report
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
    return {
        # Unknown (null) when uid_map cannot be read: never "not remapped" by default.
        "remapped": None if uid_map is None else not parse.is_identity_map(uid_map),
        "uid_map": uid_map or [],
        "gid_map": gid_map or [],
        "host_uid": parse.map_to_host(uid, uid_map or []),
        "host_gid": parse.map_to_host(gid, gid_map or []),
        "error": " ".join(errors) or None,
    }


def _mount_facts(proc: _ProcState, path: str) -> tuple[str | None, str | None, bool | None]:
    if not proc.mounts:
        return None, None, None
    mount = parse.mount_for_path(proc.mounts, proc.reader.real_path(path))
    if mount is None:
        return None, None, None
    return mount["filesystem"], mount["mount_source"], parse.is_read_only(mount)


def _empty_home(path: str | None) -> dict:
    return {
        "path": path,
        "exists": None,
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
    reader = proc.reader
    path = run_as.get("home")
    section = _empty_home(path)
    if not path:
        section["error"] = "The home directory is unknown: the user has no passwd entry."
        return section
    try:
        info = reader.stat(path)
    except read.ReadError as error:
        message = str(error)
        # Missing is a fact; any other failure leaves existence unknown.
        section["exists"] = False if message.endswith("does not exist.") else None
        section["error"] = message
        return section
    overflow_uid = reader.sysctl_int("overflowuid") or OVERFLOW_ID_DEFAULT
    owner = reader.user_by_uid(info.uid)
    filesystem, source, _ = _mount_facts(proc, path)
    section.update(
        exists=True,
        owner_uid=info.uid,
        owner_gid=info.gid,
        owner_name=owner.name if owner else None,
        mode=f"{stat.S_IMODE(info.mode):04o}",
        host_owner_uid=parse.map_to_host(info.uid, proc.uid_map or []),
        owner_is_run_as=info.uid == run_as.get("uid"),
        owner_unmapped=info.uid == overflow_uid,
        filesystem=filesystem,
        mount_source=source,
    )
    if not stat.S_ISDIR(info.mode):
        section["error"] = f"{path} is not a directory."
    elif proc.mounts is None:
        section["error"] = proc.errors.get("mountinfo")
    return section


def _empty_metadata(path: str) -> dict:
    return {
        "path": path,
        "found": None,
        "read_only": None,
        "fields": None,
        "notes": [],
        "repeated_keys": [],
        "error": None,
    }


def metadata_section(path: str, proc: _ProcState) -> dict:
    section = _empty_metadata(path)
    if not path:
        section["error"] = "No metadata file path is configured."
        return section
    try:
        data = proc.reader.read_bytes(path)
    except read.ReadError as error:
        # "found" means something is there; a dangling symlink leads nowhere.
        section["found"] = _found(proc.reader, path, str(error))
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


def _found(reader: read.Reader, path: str, message: str) -> bool | None:
    if message.startswith(("No such file", f"{path} is a symbolic link to")):
        return False
    return reader.lexists(path)


def _read_only(path: str, proc: _ProcState) -> bool | None:
    """ST_RDONLY from statvfs, else the ``ro`` option of the mount that holds the path."""
    try:
        if proc.reader.statvfs_read_only(path):
            return True
    except read.ReadError:
        pass
    _, _, mount_read_only = _mount_facts(proc, path)
    return mount_read_only


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
            section[key] = parse.decode_capabilities(status[line])
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
        filesystem, source, read_only = _mount_facts(proc, path)
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
    proc: _ProcState,
    active_probes: bool,
    probe_timeout: float,
    extra_endpoints,
    check: bool = True,
) -> list[dict]:
    addresses = parse.nfs_addresses(proc.mounts or [])
    endpoints = [
        *probe.default_endpoints(),
        *probe.efs_endpoints(addresses),
        *list(extra_endpoints or ()),
    ]
    if not check:
        return probe.unchecked_endpoints(endpoints)
    return probe.check_endpoints(endpoints, active=active_probes, timeout=probe_timeout)


def kernels_section(reader: read.Reader, kernels) -> list[dict]:
    """Each running kernel's identity; a kernel without a local pid says why it has none."""
    entries = []
    for kernel in kernels:
        pid = kernel.get("pid")
        entry = {"id": str(kernel.get("id")), "name": kernel.get("name"), "local": pid is not None}
        if pid is None:
            entry["error"] = "This kernel is not a local process; its identity cannot be read here."
        else:
            entry["pid"] = pid
            entry.update(process_identity(reader, pid))
        entries.append(entry)
    return entries


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


def _now() -> str:
    return (
        datetime.datetime.now(datetime.timezone.utc)
        .isoformat(timespec="seconds")
        .replace("+00:00", "Z")
    )


def build_report(
    *,
    metadata_path: str = DEFAULT_METADATA_PATH,
    active_probes: bool = False,
    probe_timeout: float = probe.DEFAULT_PROBE_TIMEOUT,
    extra_endpoints=(),
    expect_uid: int | None = None,
    expect_gid: int | None = None,
    roots: read.Roots | None = None,
    reader: read.Reader | None = None,
    check_sudo: bool = True,
    check_endpoints: bool = True,
    kernels=None,
    generated_at: str | None = None,
) -> dict:
    """The whole report for this process. Never raises for bad input; probes only when asked.

    ``kernels`` (the server's running kernels: id, name, local pid) adds the ``kernels``
    section. ``roots``, ``generated_at`` and the two ``check_`` switches make a report
    reproducible from captured files: no sudo is run and no route is looked up.
    """
    errors: dict[str, str] = {}
    reader = reader or read.Reader(roots)
    proc = _ProcState(reader)
    try:
        probe_timeout = probe.check_probe_timeout(probe_timeout)
    except ValueError as error:
        errors["endpoints"] = f"{error} The default of {probe.DEFAULT_PROBE_TIMEOUT:g} s is used."
        probe_timeout = probe.DEFAULT_PROBE_TIMEOUT
    metadata_path = str(metadata_path)
    uid, gid, _ = reader.current_ids()
    run_as = _guarded(
        lambda: run_as_section(reader, check_sudo),
        {
            "user": None,
            "uid": uid,
            "gid": gid,
            "groups": [],
            "home": None,
            "sudo": "unknown",
            "sudo_detail": None,
            "root_host_uid": None,
            "error": None,
        },
        errors,
        "run_as",
    )
    # The host uid that uid 0 maps to (user_namespaces(7)); null when unknown or unmapped.
    run_as["root_host_uid"] = parse.map_to_host(0, proc.uid_map) if proc.uid_map else None
    report = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at or _now(),
        "run_as": run_as,
        "user_namespace": _guarded(
            lambda: user_namespace_section(proc, uid, gid),
            {
                "remapped": None,
                "uid_map": [],
                "gid_map": [],
                "host_uid": None,
                "host_gid": None,
                "error": None,
            },
            errors,
            "user_namespace",
        ),
        "home": _guarded(
            lambda: home_section(proc, run_as), _empty_home(run_as.get("home")), errors, "home"
        ),
        "metadata": _guarded(
            lambda: metadata_section(metadata_path, proc),
            {
                "path": metadata_path,
                "found": None,
                "read_only": None,
                "fields": None,
                "error": None,
            },
            errors,
            "metadata",
        ),
        "endpoints": _guarded(
            lambda: endpoints_section(
                proc, active_probes, probe_timeout, extra_endpoints, check_endpoints
            ),
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
    }
    report.update(
        _studio_sections(
            proc, run_as, report["metadata"], active_probes, probe_timeout, check_endpoints, errors
        )
    )
    if kernels is not None:
        report["kernels"] = _guarded(
            lambda: kernels_section(reader, kernels), [], errors, "kernels"
        )
    # Derived from the sections above, like the findings (which read it).
    report["policy"] = _guarded(
        lambda: policy.policy_section(report), policy.empty_section(), errors, "policy"
    )
    report["errors"] = errors
    report["findings"] = derive_findings(report, expect_uid=expect_uid, expect_gid=expect_gid)
    # Any JSON parser must read it, and any terminal print it: a path or name that is not
    # valid Unicode must not make the whole report fail to encode.
    return parse.strict_json(report)


def _studio_sections(
    proc: _ProcState,
    run_as: dict,
    metadata: dict,
    active_probes: bool,
    probe_timeout: float,
    check_endpoints: bool,
    errors: dict,
) -> dict:
    """The mounts, credentials, context and walls sections (see their modules)."""
    reader = proc.reader
    environment = reader.environment_allowlisted(context.ALLOWED_ENVIRONMENT)
    overflow_uid = reader.sysctl_int("overflowuid") or OVERFLOW_ID_DEFAULT
    homes = [run_as.get("home"), environment.get("HOME")]
    metadata_error = metadata.get("error") if metadata.get("found") else None
    return {
        "mounts": _guarded(
            lambda: mounts.mounts_section(reader, proc.mounts, homes, proc.uid_map, overflow_uid),
            [],
            errors,
            "mounts",
        ),
        "credentials": _guarded(
            lambda: credentials.credentials_section(
                reader.environment_present(credentials.RELATIVE_URI_VARIABLE),
                reader.environment_present(credentials.FULL_URI_VARIABLE),
                active_probes,
                probe_timeout,
                check_endpoints,
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
            lambda: walls.walls_section(reader, proc.status, proc.mounts),
            walls.empty_section(),
            errors,
            "walls",
        ),
    }
