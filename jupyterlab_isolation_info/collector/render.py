"""Pure: a report in, human-readable text or Markdown out.

The one renderer of both: the CLI prints them, the server serves the Markdown the panel copies,
and the kernel inspection renders its own report with it.
"""

from __future__ import annotations

import json

# The report's section titles, keyed by the report's own keys; the schema's titles and the
# panel's list are tested equal to these.
SECTION_TITLES = {
    "findings": "Findings",
    "run_as": "Run-as user",
    "user_namespace": "User namespace",
    "home": "Home directory",
    "metadata": "App metadata",
    "endpoints": "Network endpoints",
    "capabilities": "Capabilities",
    "storage": "Storage",
    "kernels": "Kernels",
    "context": "Where am I",
    "mounts": "Mounts at the home and /opt/ml",
    "credentials": "Credentials",
    "walls": "Walls beyond capabilities",
}


def _value(value) -> str:
    if value is None:
        return "unknown"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def _id_name(number, name) -> str:
    if number is None:
        return "unknown"
    return f"{number} ({name})" if name else str(number)


def _map_lines(lines: list[dict]) -> str:
    """As the kernel writes them: ``inside outside count`` per line."""
    return "; ".join(f"{m['inside']} {m['outside']} {m['count']}" for m in lines) or "none"


_READ_ONLY_TEXT = {True: "read-only", False: "read-write", None: "read-only unknown"}


def _caps(names: list[str]) -> str:
    return ", ".join(names) or "none"


def _sections(report: dict) -> list[tuple[str, list[tuple[str, str]], str | None]]:
    """(title, rows, error) for each section, shared by the text and Markdown renderings."""
    run_as = report.get("run_as") or {}
    userns = report.get("user_namespace") or {}
    home = report.get("home") or {}
    metadata = report.get("metadata") or {}
    caps = report.get("capabilities") or {}
    groups = ", ".join(_id_name(g.get("gid"), g.get("name")) for g in run_as.get("groups", []))
    titles = SECTION_TITLES
    sections = [
        (
            titles["run_as"],
            [
                ("User", _id_name(run_as.get("uid"), run_as.get("user"))),
                ("Group", _id_name(run_as.get("gid"), _primary_group_name(run_as))),
                ("Groups", groups or "none"),
                ("Home", _value(run_as.get("home"))),
                ("Sudo without a password", _value(run_as.get("sudo"))),
                ("Root (uid 0) on the host", _root_host(run_as.get("root_host_uid"))),
            ],
            run_as.get("error"),
        ),
        (
            titles["user_namespace"],
            [
                ("Remapped", _value(userns.get("remapped"))),
                ("Host UID", _value(userns.get("host_uid"))),
                ("Host GID", _value(userns.get("host_gid"))),
                ("uid_map", _map_lines(userns.get("uid_map", []))),
                ("gid_map", _map_lines(userns.get("gid_map", []))),
            ],
            userns.get("error"),
        ),
        (
            titles["home"],
            [
                ("Path", _value(home.get("path"))),
                ("Exists", _value(home.get("exists"))),
                ("Owner", _id_name(home.get("owner_uid"), home.get("owner_name"))),
                ("Owner on the host", _value(home.get("host_owner_uid"))),
                ("Owned by the run-as user", _value(home.get("owner_is_run_as"))),
                ("Mode", _value(home.get("mode"))),
                ("File system", _value(home.get("filesystem"))),
                ("Mount source", _value(home.get("mount_source"))),
            ],
            home.get("error"),
        ),
        (
            titles["metadata"],
            [
                ("Path", _value(metadata.get("path"))),
                ("Found", _value(metadata.get("found"))),
                ("Read-only", _value(metadata.get("read_only"))),
                *(
                    (str(key), value if isinstance(value, str) else json.dumps(value))
                    for key, value in (metadata.get("fields") or {}).items()
                ),
            ],
            metadata.get("error"),
        ),
        (
            titles["endpoints"],
            [
                (
                    f"{e.get('name')} ({e.get('address')})",
                    f"{e.get('status')}, expected {e.get('expected')} "
                    f"[{e.get('method')}] {e.get('detail')}",
                )
                for e in report.get("endpoints") or []
            ],
            None,
        ),
        (
            titles["capabilities"],
            [
                ("Effective", _caps(caps.get("effective", []))),
                ("Permitted", _caps(caps.get("permitted", []))),
                ("Inheritable", _caps(caps.get("inheritable", []))),
                ("Bounding", _caps(caps.get("bounding", []))),
                ("Beyond Docker's defaults", _caps(caps.get("beyond_docker_default", []))),
                ("Ambient", _caps(caps.get("ambient", []))),
                ("no_new_privs", _value(caps.get("no_new_privs"))),
                ("Seccomp", _value(caps.get("seccomp"))),
            ],
            caps.get("error"),
        ),
        (
            titles["storage"],
            [
                (
                    s.get("path", ""),
                    f"{_value(s.get('filesystem'))} from {_value(s.get('mount_source'))}, "
                    + _READ_ONLY_TEXT[s.get("read_only")],
                )
                for s in report.get("storage") or []
            ],
            None,
        ),
    ]
    sections += studio_sections(report)
    if "kernels" in report:  # only when the server passes its kernels
        sections.append(
            (
                titles["kernels"],
                [
                    (
                        f"{k.get('name')} {str(k.get('id', ''))[:8]}",
                        k.get("error")
                        or f"{_id_name(k.get('uid'), k.get('user'))}, host uid "
                        f"{_value(k.get('host_uid'))}, beyond Docker's defaults: "
                        f"{_caps((k.get('capabilities') or {}).get('beyond_docker_default', []))}",
                    )
                    for k in report.get("kernels") or []
                ],
                None,
            )
        )
    for name, sentence in (report.get("errors") or {}).items():
        sections.append((f"Not collected: {name}", [], sentence))
    return sections


def _primary_group_name(run_as: dict) -> str | None:
    for group in run_as.get("groups", []):
        if group.get("gid") == run_as.get("gid"):
            return group.get("name")
    return None


def to_text(report: dict) -> str:
    """Plain text for a terminal: findings first, then each section as aligned rows."""
    lines = [
        f"Isolation report (schema {report.get('schema_version')}, {report.get('generated_at')})"
    ]
    findings = report.get("findings") or []
    lines += ["", SECTION_TITLES["findings"]]
    if not findings:
        lines.append("  none")
    for finding in findings:
        lines.append(f"  [{finding['severity'].upper()}] {finding['title']} ({finding['id']})")
        lines.append(f"      {finding['detail']}")
    for title, rows, error in _sections(report):
        lines += ["", title]
        width = max((len(label) for label, _ in rows), default=0)
        lines += [f"  {label.ljust(width)}  {value}" for label, value in rows]
        if error:
            lines.append(f"  Error: {error}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """A Markdown table cell: pipes escaped, newlines flattened."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(report: dict) -> str:
    """Markdown for a support ticket: a findings list, then one two-column table per section."""
    lines = [
        "## Isolation report",
        "",
        f"Schema {report.get('schema_version')}, generated {report.get('generated_at')}.",
        "",
        f"### {SECTION_TITLES['findings']}",
        "",
    ]
    findings = report.get("findings") or []
    if not findings:
        lines.append("None.")
    for finding in findings:
        lines.append(
            f"- **{finding['severity']}** `{finding['id']}`: {finding['title']}. "
            f"{_cell(finding['detail'])}"
        )
    for title, rows, error in _sections(report):
        lines += ["", f"### {title}", ""]
        if rows:
            lines += ["| | |", "|---|---|"]
            lines += [f"| {_cell(label)} | {_cell(value)} |" for label, value in rows]
        if error:
            lines += ["", f"> Error: {_cell(error)}"]
    return "\n".join(lines) + "\n"


def _root_host(value) -> str:
    if value is None:
        return "unknown"
    return "host root (not remapped)" if value == 0 else f"host uid {value}"


def _mount_row(mount: dict) -> tuple[str, str]:
    owner = _id_name(mount.get("owner_uid"), mount.get("owner_name"))
    if mount.get("owner_unmapped"):
        owner += " (not mapped here)"
    elif mount.get("host_owner_uid") is not None:
        owner += f", host uid {mount.get('host_owner_uid')}"
    facts = [
        f"{_value(mount.get('filesystem'))} from {_value(mount.get('mount_source'))}",
        "read-only" if mount.get("read_only") else "read-write",
        f"owner {owner}",
        f"mode {_value(mount.get('mode'))}",
        f"writable by you: {_value(mount.get('writable'))}",
    ]
    if mount.get("error"):
        facts.append(str(mount["error"]))
    return f"{mount.get('path')} ({mount.get('role')})", ", ".join(facts)


def studio_sections(report: dict) -> list[tuple[str, list[tuple[str, str]], str | None]]:
    """Mounts, credentials, context and walls: rows for the text and Markdown renderings."""
    sections = []
    if "context" in report:
        ctx = report.get("context") or {}
        sections.append(
            (
                SECTION_TITLES["context"],
                [
                    (
                        "Studio",
                        _value(ctx.get("studio")) if ctx.get("in_studio") else "not a Studio app",
                    ),
                    ("App type", _value(ctx.get("app_type"))),
                    ("App name", _value(ctx.get("app_name"))),
                    ("Partition", _value(ctx.get("partition"))),
                    ("Region", _value(ctx.get("region"))),
                    ("Account", _value(ctx.get("account"))),
                    ("Domain", _value(ctx.get("domain"))),
                    ("Space", _value(ctx.get("space"))),
                    ("User profile", _value(ctx.get("user_profile"))),
                    ("Execution role", _value(ctx.get("execution_role"))),
                    ("HOME", _value(ctx.get("home_env"))),
                    ("HOME moved", _value(ctx.get("home_moved"))),
                    ("What it means", _value(ctx.get("meaning"))),
                ],
                ctx.get("error"),
            )
        )
    if "mounts" in report:
        rows = [_mount_row(m) for m in report.get("mounts") or []]
        sections.append((SECTION_TITLES["mounts"], rows or [("none", "")], None))
    if "credentials" in report:
        cred = report.get("credentials") or {}
        sections.append(
            (
                SECTION_TITLES["credentials"],
                [
                    (
                        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI set",
                        _value(cred.get("relative_uri_set")),
                    ),
                    ("AWS_CONTAINER_CREDENTIALS_FULL_URI set", _value(cred.get("full_uri_set"))),
                    (
                        f"Endpoint ({cred.get('host')}:{cred.get('port')})",
                        f"{cred.get('status')}, expected {cred.get('expected')} "
                        f"[{cred.get('method')}] {cred.get('detail')}",
                    ),
                ],
                cred.get("error"),
            )
        )
    if "walls" in report:
        walls = report.get("walls") or {}
        label = walls.get("security_label") or {}
        token = walls.get("service_account_token") or {}
        label_text = _value(label.get("label"))
        if label.get("kind"):
            label_text += f" ({label['kind']}" + (
                f", {label['mode']})" if label.get("mode") else ")"
            )
        rows = [
            ("Security label", label_text),
            ("Seccomp filters", _value(walls.get("seccomp_filters"))),
            ("/proc/sys read-only", _value(walls.get("proc_sys_read_only"))),
            ("cgroup read-only", _value(walls.get("cgroup_read_only"))),
            (
                "Service-account token",
                _value(token.get("present"))
                + (f" ({token['error']})" if token.get("error") else ""),
            ),
        ]
        for sock in walls.get("runtime_sockets") or []:
            facts = [f"{sock.get('runtime')}"]
            if sock.get("symlink_to"):
                facts.append(f"symlink to {sock['symlink_to']}")
            facts.append(f"socket: {_value(sock.get('is_socket'))}")
            facts.append(f"writable by you: {_value(sock.get('writable'))}")
            if sock.get("error"):
                facts.append(str(sock["error"]))
            rows.append((f"Runtime socket {sock.get('path')}", ", ".join(facts)))
        if not walls.get("runtime_sockets"):
            rows.append(("Runtime sockets", "none found"))
        sections.append((SECTION_TITLES["walls"], rows, walls.get("error")))
    return sections
