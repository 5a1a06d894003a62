"""Pure: a report in, human-readable text or Markdown out.

The one renderer of both: the CLI prints them, the server serves the Markdown the panel copies,
and the kernel inspection renders its own report with it.
"""

from __future__ import annotations

import json
import re

from .summary import SECTION_TITLES


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


_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(character: str) -> str:
    if character in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[character]
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text) -> str:
    """Text that cannot move the cursor, recolour or retitle a terminal, start a new line, or
    reorder what follows it: every character that is not printable is written as an escape
    (ESC as \\x1b, a newline as \\n, a right-to-left override as \\u202e).
    """
    text = str(text)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() and c != "\xa0" else _escape(c) for c in text)


_READ_ONLY_TEXT = {True: "read-only", False: "read-write", None: "read-only unknown"}


def _caps(names: list[str]) -> str:
    return ", ".join(names) or "none"


def _remarks(section: dict) -> list[str]:
    """A section's error and notes, as sentences under its rows."""
    remarks = [f"Note: {note}" for note in section.get("notes") or []]
    if section.get("error"):
        remarks.insert(0, f"Error: {section['error']}")
    return remarks


def _sections(report: dict) -> list[tuple[str, list[tuple[str, str]], list[str]]]:
    """(title, rows, remarks) for each section, shared by the text and Markdown renderings."""
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
            _remarks(run_as),
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
            _remarks(userns),
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
            _remarks(home),
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
            _remarks(metadata),
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
            [],
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
            _remarks(caps),
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
            [],
        ),
    ]
    sections += studio_sections(report)
    if "policy" in report:
        sections.append(policy_section(report.get("policy") or {}))
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
                [],
            )
        )
    for name, sentence in (report.get("errors") or {}).items():
        sections.append((f"Not collected: {name}", [], [f"Error: {sentence}"]))
    return sections


def _primary_group_name(run_as: dict) -> str | None:
    for group in run_as.get("groups", []):
        if group.get("gid") == run_as.get("gid"):
            return group.get("name")
    return None


def to_text(report: dict) -> str:
    """Plain text for a terminal: findings first, then each section as aligned rows."""
    lines = [
        visible(
            f"Isolation report (schema {report.get('schema_version')}, "
            f"{report.get('generated_at')})"
        )
    ]
    findings = report.get("findings") or []
    lines += ["", SECTION_TITLES["findings"]]
    if not findings:
        lines.append("  none")
    for finding in findings:
        lines.append(
            f"  [{visible(finding['severity']).upper()}] {visible(finding['title'])} "
            f"({visible(finding['id'])})"
        )
        lines.append(f"      {visible(finding['detail'])}")
    for title, rows, remarks in _sections(report):
        rows = [(visible(label), visible(value)) for label, value in rows]
        lines += ["", visible(title)]
        width = max((len(label) for label, _ in rows), default=0)
        lines += [f"  {label.ljust(width)}  {value}" for label, value in rows]
        lines += [f"  {visible(remark)}" for remark in remarks]
    return "\n".join(lines) + "\n"


# ASCII punctuation that Markdown (CommonMark and GitHub's tables) would read as syntax or HTML.
# An underscore inside a word (CAP_SYS_ADMIN) starts no emphasis and is left as it is.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<>|~&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
_FINDING_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def _inline(text) -> str:
    """Text shown literally in Markdown: nothing in it becomes markup, HTML, a table cell
    boundary or a new line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", visible(text))


def _code(finding_id) -> str:
    """A finding id as code; one not of the id pattern is shown literally instead."""
    text = str(finding_id)
    return f"`{text}`" if _FINDING_ID.fullmatch(text) else _inline(text)


def to_markdown(report: dict) -> str:
    """Markdown for a support ticket: a findings list, then one two-column table per section."""
    lines = [
        "## Isolation report",
        "",
        _inline(f"Schema {report.get('schema_version')}, generated {report.get('generated_at')}."),
        "",
        f"### {SECTION_TITLES['findings']}",
        "",
    ]
    findings = report.get("findings") or []
    if not findings:
        lines.append("None.")
    for finding in findings:
        lines.append(
            f"- **{_inline(finding['severity'])}** {_code(finding['id'])}: "
            f"{_inline(finding['title'])}. {_inline(finding['detail'])}"
        )
    for title, rows, remarks in _sections(report):
        lines += ["", f"### {_inline(title)}", ""]
        if rows:
            lines += ["| | |", "|---|---|"]
            lines += [f"| {_inline(label)} | {_inline(value)} |" for label, value in rows]
        for remark in remarks:
            lines += ["", f"> {_inline(remark)}"]
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


def studio_sections(report: dict) -> list[tuple[str, list[tuple[str, str]], list[str]]]:
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
                _remarks(ctx),
            )
        )
    if "mounts" in report:
        rows = [_mount_row(m) for m in report.get("mounts") or []]
        sections.append((SECTION_TITLES["mounts"], rows or [("none", "")], []))
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
                _remarks(cred),
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
        sections.append((SECTION_TITLES["walls"], rows, _remarks(walls)))
    return sections


_CONTROL_STATUS = {
    "met": "met",
    "not_met": "not met",
    "unmeasured": "not measurable from inside",
    "unknown": "unknown",
}


def policy_section(policy: dict) -> tuple[str, list[tuple[str, str]], list[str]]:
    """The level over what was measured, then one row per control: status, value, why."""
    rows = [("Level", _value(policy.get("level_text")))]
    for control in policy.get("controls") or []:
        facts = [_CONTROL_STATUS.get(control.get("status"), _value(control.get("status")))]
        if control.get("measured"):
            facts.append(str(control["measured"]))
        if control.get("detail"):
            facts.append(str(control["detail"]))
        label = f"{str(control.get('level', '')).capitalize()}: {control.get('title')}"
        rows.append((label, " — ".join(facts)))
    return SECTION_TITLES["policy"], rows, _remarks(policy)
