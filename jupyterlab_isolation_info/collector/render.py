"""Pure: a report in, human-readable text or Markdown out.

The one renderer of both: the CLI prints them, the server serves the Markdown the panel copies,
and the kernel inspection renders its own report with it.
"""

from __future__ import annotations

import json
import re

from .escape import visible
from .judge_mounts import mount_row_text
from .judge_walls import socket_row_text
from .judging import id_name, read_only_text, short_kernel_id
from .limits import human_bytes
from .summary import SECTION_TITLES, judged

__all__ = ["to_markdown", "to_text", "visible"]


def _value(value) -> str:
    if value is None:
        return "unknown"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def _map_lines(lines: list[dict]) -> str:
    """As the kernel writes them: ``inside outside count`` per line."""
    return "; ".join(f"{m['inside']} {m['outside']} {m['count']}" for m in lines) or "none"


def _caps(names: list[str]) -> str:
    return ", ".join(names) or "none"


def _remarks(section: dict) -> list[str]:
    """A section's error and notes, as sentences under its rows."""
    remarks = [f"Note: {note}" for note in section.get("notes") or []]
    if section.get("error"):
        remarks.insert(0, f"Error: {section['error']}")
    return remarks


Rows = list[tuple[str, str]]


def _said(tones: dict, key: str, fallback) -> str:
    """A fact's one wording, the collector's (``tones``); plain data has no entry."""
    entry = tones.get(key)
    return entry["text"] if entry else _value(fallback)


def _section_rows(report: dict) -> dict[str, tuple[Rows, list[str]]]:
    """(rows, remarks) of each section the report has, keyed by the section's key."""
    tones = report.get("tones") or {}
    run_as = report.get("run_as") or {}
    userns = report.get("user_namespace") or {}
    home = report.get("home") or {}
    metadata = report.get("metadata") or {}
    caps = report.get("capabilities") or {}
    groups = ", ".join(id_name(g.get("gid"), g.get("name")) for g in run_as.get("groups", []))
    sections = {
        "run_as": (
            [
                ("User", id_name(run_as.get("uid"), run_as.get("user"))),
                ("Group", id_name(run_as.get("gid"), _primary_group_name(run_as))),
                ("Groups", groups or "none"),
                ("Home", _value(run_as.get("home"))),
                ("Sudo without a password", _said(tones, "run_as.sudo", run_as.get("sudo"))),
                (
                    "Root (uid 0) on the host",
                    _said(tones, "user_namespace.root_host_uid", run_as.get("root_host_uid")),
                ),
            ],
            _remarks(run_as),
        ),
        "user_namespace": (
            [
                ("Remapped", _said(tones, "user_namespace.remapped", userns.get("remapped"))),
                ("Host UID", _said(tones, "user_namespace.host_uid", userns.get("host_uid"))),
                ("Host GID", _value(userns.get("host_gid"))),
                ("uid_map", _map_lines(userns.get("uid_map", []))),
                ("gid_map", _map_lines(userns.get("gid_map", []))),
            ],
            _remarks(userns),
        ),
        "home": (
            [
                ("Path", _value(home.get("path"))),
                ("Exists", _said(tones, "home.exists", home.get("exists"))),
                (
                    "Owner",
                    _said(
                        tones,
                        "home.owner_uid",
                        id_name(home.get("owner_uid"), home.get("owner_name")),
                    ),
                ),
                (
                    "Owner on the host",
                    _said(tones, "home.host_owner_uid", home.get("host_owner_uid")),
                ),
                (
                    "Owned by the run-as user",
                    _said(tones, "home.owner_is_run_as", home.get("owner_is_run_as")),
                ),
                ("Mode", _said(tones, "home.mode", home.get("mode"))),
                ("File system", _value(home.get("filesystem"))),
                ("Mount source", _value(home.get("mount_source"))),
            ],
            _remarks(home),
        ),
        "metadata": (
            [
                ("Path", _value(metadata.get("path"))),
                ("Found", _value(metadata.get("found"))),
                ("Read-only", _said(tones, "metadata.read_only", metadata.get("read_only"))),
                *(
                    (str(key), value if isinstance(value, str) else json.dumps(value))
                    for key, value in (metadata.get("fields") or {}).items()
                ),
            ],
            _remarks(metadata),
        ),
        "endpoints": ([_endpoint_row(e, tones) for e in report.get("endpoints") or []], []),
        "capabilities": (
            [
                ("Effective", _caps(caps.get("effective", []))),
                ("Permitted", _caps(caps.get("permitted", []))),
                ("Inheritable", _caps(caps.get("inheritable", []))),
                ("Bounding", _caps(caps.get("bounding", []))),
                (
                    "Beyond Docker's defaults",
                    _said(
                        tones,
                        "capabilities.beyond_docker_default",
                        _caps(caps.get("beyond_docker_default", [])),
                    ),
                ),
                ("Ambient", _caps(caps.get("ambient", []))),
                ("no_new_privs", _value(caps.get("no_new_privs"))),
                ("Seccomp", _value(caps.get("seccomp"))),
            ],
            _remarks(caps),
        ),
        "storage": (
            [
                (
                    s.get("path", ""),
                    f"{_value(s.get('filesystem'))} from {_value(s.get('mount_source'))}, "
                    + _said(
                        tones,
                        f"storage[{s.get('path')}].read_only",
                        read_only_text(s.get("read_only")),
                    ),
                )
                for s in report.get("storage") or []
            ],
            [],
        ),
        **_studio_rows(report, tones),
    }
    if "policy" in report:
        sections["policy"] = policy_rows(report.get("policy") or {}, tones)
    if "kernels" in report:  # only when the server passes its kernels
        sections["kernels"] = ([_kernel_row(k, tones) for k in report.get("kernels") or []], [])
    if "limits" in report:
        sections["limits"] = _limits_rows(report.get("limits") or {}, tones)
    if "volumes" in report:
        sections["volumes"] = _volumes_rows(report.get("volumes") or [], tones)
    return sections


def _endpoint_row(endpoint: dict, tones: dict) -> tuple[str, str]:
    status = _said(tones, f"endpoints[{endpoint.get('id')}].status", endpoint.get("status"))
    return (
        f"{endpoint.get('name')} ({endpoint.get('address')})",
        f"{status}, expected {endpoint.get('expected')} [{endpoint.get('method')}] "
        f"{endpoint.get('detail')}",
    )


def _kernel_row(kernel: dict, tones: dict) -> tuple[str, str]:
    identity = kernel.get("id", "")
    caps = kernel.get("capabilities") or {}
    beyond = caps.get("beyond_docker_default", [])
    host_uid = _said(tones, f"kernels[{identity}].host_uid", kernel.get("host_uid"))
    if beyond is None:  # unknown, never "none": the reason beside it
        extra = f"unknown ({caps.get('error') or 'not read'})"
    else:
        extra = _said(tones, f"kernels[{identity}].capabilities", _caps(beyond))
    return (
        f"{kernel.get('name')} {short_kernel_id(identity)}",
        kernel.get("error")
        or f"{id_name(kernel.get('uid'), kernel.get('user'))}, host uid {host_uid}, "
        f"beyond Docker's defaults: {extra}"
        + _kernel_cgroup_words(kernel.get("cgroup")),
    )


def _kernel_cgroup_words(facts: dict | None) -> str:
    """Said only when the kernel is in another memory cgroup than the server's."""
    if not facts or facts.get("same_as_server") is not False:
        return ""
    limit = (
        human_bytes(facts["limit_bytes"])
        if facts.get("limit_bytes") is not None
        else ("no limit" if facts.get("unlimited") else "unknown")
    )
    return (
        f"; its own memory cgroup {facts.get('directory')} (limit {limit}, "
        f"OOM kills {_value(facts.get('oom_kill'))})"
    )


def _sections(report: dict) -> list[tuple[str, Rows, list[str]]]:
    """(title, rows, remarks) of each section after the findings, in the collector's order and
    with its titles; shared by the text and Markdown renderings."""
    rows = _section_rows(report)
    ordered = [
        (section["title"], *rows[section["id"]])
        for section in report["summary"]["sections"]
        if section["id"] in rows
    ]
    for name, sentence in (report.get("errors") or {}).items():
        ordered.append((f"Not collected: {name}", [], [f"Error: {sentence}"]))
    return ordered


def _primary_group_name(run_as: dict) -> str | None:
    for group in run_as.get("groups", []):
        if group.get("gid") == run_as.get("gid"):
            return group.get("name")
    return None


def _findings_title(report: dict) -> str:
    for section in report["summary"]["sections"]:
        if section["id"] == "findings":
            return section["title"]
    return SECTION_TITLES["findings"]


def to_text(report: dict) -> str:
    """Plain text for a terminal: the verdict and the four answers at a glance, the findings,
    then each section as aligned rows."""
    report = judged(report)
    summary = report["summary"]
    lines = [
        visible(
            f"Isolation report (schema {report.get('schema_version')}, "
            f"{report.get('generated_at')})"
        ),
        visible(f"Verdict: {summary['verdict']['text']}"),
    ]
    glance = [(visible(line["label"]), visible(line["text"])) for line in summary["glance"]]
    width = max((len(label) for label, _ in glance), default=0)
    lines += [f"  {label.ljust(width)}  {text}" for label, text in glance]
    findings = report.get("findings") or []
    lines += ["", visible(_findings_title(report))]
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


def literal_markdown(text) -> str:
    """Text shown literally in Markdown: nothing in it becomes markup, HTML, a table cell
    boundary or a new line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", visible(text))


def _code(finding_id) -> str:
    """A finding id as code; one not of the id pattern is shown literally instead."""
    text = str(finding_id)
    return f"`{text}`" if _FINDING_ID.fullmatch(text) else literal_markdown(text)


def to_markdown(report: dict) -> str:
    """Markdown for a support ticket: the verdict and the four answers at a glance, a findings
    list, then one two-column table per section."""
    report = judged(report)
    summary = report["summary"]
    lines = [
        "## Isolation report",
        "",
        literal_markdown(
            f"Schema {report.get('schema_version')}, generated {report.get('generated_at')}."
        ),
        "",
        f"**Verdict: {literal_markdown(summary['verdict']['text'])}**",
        "",
        "| | |",
        "|---|---|",
        *(
            f"| {literal_markdown(line['label'])} | {literal_markdown(line['text'])} |"
            for line in summary["glance"]
        ),
        "",
        f"### {literal_markdown(_findings_title(report))}",
        "",
    ]
    findings = report.get("findings") or []
    if not findings:
        lines.append("None.")
    for finding in findings:
        lines.append(
            f"- **{literal_markdown(finding['severity'])}** {_code(finding['id'])}: "
            f"{literal_markdown(finding['title'])}. {literal_markdown(finding['detail'])}"
        )
    for title, rows, remarks in _sections(report):
        lines += ["", f"### {literal_markdown(title)}", ""]
        if rows:
            lines += ["| | |", "|---|---|"]
            lines += [
                f"| {literal_markdown(label)} | {literal_markdown(value)} |"
                for label, value in rows
            ]
        for remark in remarks:
            lines += ["", f"> {literal_markdown(remark)}"]
    return "\n".join(lines) + "\n"


def _studio_rows(report: dict, tones: dict) -> dict[str, tuple[Rows, list[str]]]:
    """Where am I, mounts, credentials and walls: rows for the text and Markdown renderings."""
    sections = {}
    if "context" in report:
        ctx = report.get("context") or {}
        sections["context"] = (
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
                ("HOME moved", _said(tones, "context.home_moved", ctx.get("home_moved"))),
                ("What it means", _value(ctx.get("meaning"))),
            ],
            _remarks(ctx),
        )
    if "mounts" in report:
        rows = [
            (
                f"{m.get('path')} ({m.get('role')})",
                _said(tones, f"mounts[{m.get('path')}]", mount_row_text(m)),
            )
            for m in report.get("mounts") or []
        ]
        sections["mounts"] = (rows or [("none", "")], [])
    if "credentials" in report:
        cred = report.get("credentials") or {}
        status = _said(tones, "credentials.status", cred.get("status"))
        sections["credentials"] = (
            [
                (
                    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI set",
                    _value(cred.get("relative_uri_set")),
                ),
                ("AWS_CONTAINER_CREDENTIALS_FULL_URI set", _value(cred.get("full_uri_set"))),
                (
                    f"Endpoint ({cred.get('host')}:{cred.get('port')})",
                    f"{status}, expected {cred.get('expected')} "
                    f"[{cred.get('method')}] {cred.get('detail')}",
                ),
            ],
            _remarks(cred),
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
            (
                "/proc/sys read-only",
                _said(tones, "walls.proc_sys_read_only", walls.get("proc_sys_read_only")),
            ),
            (
                "cgroup read-only",
                _said(tones, "walls.cgroup_read_only", walls.get("cgroup_read_only")),
            ),
            (
                "Service-account token",
                _said(tones, "walls.service_account_token", token.get("present"))
                + (f" ({token['error']})" if token.get("error") else ""),
            ),
        ]
        for sock in walls.get("runtime_sockets") or []:
            rows.append(
                (
                    f"Runtime socket {sock.get('path')}",
                    _said(
                        tones, f"walls.runtime_sockets[{sock.get('path')}]", socket_row_text(sock)
                    ),
                )
            )
        if not walls.get("runtime_sockets"):
            rows.append(("Runtime sockets", "none found"))
        sections["walls"] = (rows, _remarks(walls))
    return sections


def _volumes_rows(volumes: list, tones: dict) -> tuple[Rows, list[str]]:
    """Each volume: its roles, file system, how full it is and whether a restart keeps it."""
    rows = []
    remarks = []
    for volume in volumes:
        point = volume.get("mount_point")

        def said(field: str, point=point) -> str:
            return _said(tones, f"volumes[{point}].{field}", None)

        rows.append(
            (
                f"{point} ({', '.join(volume.get('roles') or [])})",
                f"{_value(volume.get('filesystem'))} from {_value(volume.get('mount_source'))}, "
                f"{said('read_only')}; used {said('used_bytes')}, available "
                f"{said('available_bytes')}, inodes {said('inodes_used')}; on restart "
                f"{said('kept_on_restart')}",
            )
        )
        if volume.get("error"):
            remarks.append(f"Error ({point}): {volume['error']}")
    return rows, remarks


def _limits_rows(limits: dict, tones: dict) -> tuple[Rows, list[str]]:
    """The resource limits, in the collector's wording (people's units; the report keeps the
    kernel's bytes and µs)."""
    memory = limits.get("memory") or {}
    cpu = limits.get("cpu") or {}
    pids = limits.get("pids") or {}

    def said(field: str, fallback=None) -> str:
        return _said(tones, f"limits.{field}", fallback)

    rows = [
        ("cgroup version", _value(limits.get("cgroup_version"))),
        ("Memory limit", said("memory.limit_bytes")),
        ("Machine memory", said("memory.machine_bytes")),
        ("Memory in use", said("memory.usage_bytes")),
        ("Memory peak", said("memory.peak_bytes")),
        ("Swap limit", said("memory.swap_limit_bytes")),
        ("OOM kills", said("memory.oom_kill", memory.get("oom_kill"))),
        ("Memory cgroup", _value(memory.get("directory"))),
        ("CPU quota", said("cpu.quota_cpus")),
        ("cpuset", _value(cpu.get("cpuset"))),
        ("os.cpu_count()", _value(cpu.get("online_cpus"))),
        ("CPUs this process may use (affinity)", _value(cpu.get("affinity_cpus"))),
        ("CPUs at once", said("cpu.usable_cpus")),
        ("Processes", said("pids.current")),
    ]
    remarks = [
        f"Error ({part}): {facts['error']}"
        for part, facts in (("memory", memory), ("CPU", cpu), ("processes", pids))
        if facts.get("error")
    ]
    if limits.get("error"):
        remarks.insert(0, f"Error: {limits['error']}")
    return rows, remarks


def policy_rows(policy: dict, tones: dict) -> tuple[Rows, list[str]]:
    """The level over what was measured, then one row per control: its status in the
    collector's wording, the measured value and why."""
    level = _said(tones, "policy.level", policy.get("level"))
    rows = [("Level", level), ("Over what", _value(policy.get("level_text")))]
    for control in policy.get("controls") or []:
        key = f"policy.controls[{control.get('id')}].status"
        facts = [_said(tones, key, control.get("status"))]
        facts += [str(control[k]) for k in ("measured", "detail") if control.get(k)]
        label = f"{str(control.get('level', '')).capitalize()}: {control.get('title')}"
        rows.append((label, " — ".join(facts)))
    return rows, _remarks(policy)
