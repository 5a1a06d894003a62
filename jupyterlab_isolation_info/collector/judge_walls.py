"""The walls section's judge: runtime sockets, the service-account token, writable kernel
settings and the security profile, the walls beyond capabilities."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, host_root, tone, unknown, yes_no

# The kernel settings a root process could change, as mounted (field of the section, path).
KERNEL_SETTINGS = (("proc_sys_read_only", "/proc/sys"), ("cgroup_read_only", "/sys/fs/cgroup"))

FINDINGS = {
    "runtime-socket-writable": Declared(
        "critical",
        "walls",
        "A container runtime's socket is writable: host root.",
        "walls.runtime_sockets[*].writable",
        "The {runtime} socket is writable",
        "{path} is the {runtime} API, and this user may write to it: anyone who can run code "
        "here can start a privileged container and so become host root. Do not mount runtime "
        "sockets into user containers.",
    ),
    "runtime-socket-present": Declared(
        "warning",
        "walls",
        "A container runtime's socket is mounted here.",
        "walls.runtime_sockets[*].writable",
        "A {runtime} socket is mounted",
        "{path} is the {runtime} API. This user cannot write to it now, but anyone who becomes "
        "root here (or is in its group) could control the host's containers. Remove the mount "
        "unless it is needed.",
    ),
    "service-account-token": Declared(
        "warning",
        "walls",
        "A Kubernetes service-account token is mounted.",
        "walls.service_account_token",
        "A Kubernetes service-account token is mounted",
        "Code here can act as the pod's service account against the Kubernetes API (the token "
        "was not read). Set automountServiceAccountToken: false unless the notebook needs it.",
    ),
    "kernel-settings-writable": Declared(
        "warning",
        "walls",
        "/proc/sys is writable and this process is host root.",
        "walls.proc_sys_read_only",
        "Root here can change kernel settings",
        "{paths} {verb} mounted read-write and this process is host root, so it can change "
        "settings of the whole machine. Container runtimes mount them read-only.",
    ),
    "no-security-profile": Declared(
        "info",
        "walls",
        "No AppArmor profile confines this process.",
        "walls.security_label",
        "No AppArmor profile",
        "This process is unconfined by AppArmor. Docker applies its docker-default profile to "
        "containers; without one, only capabilities, seccomp and the user namespace stand "
        "between code here and the kernel.",
    ),
}


def _root_on_host(run_as: dict) -> bool:
    return host_root(run_as.get("uid"), run_as.get("root_host_uid"))


def find(report: dict, given: dict) -> list[dict]:
    walls = report.get("walls") or {}
    findings = []
    for socket in walls.get("runtime_sockets") or []:
        particulars = {"path": socket.get("path"), "runtime": socket.get("runtime")}
        if socket.get("writable"):
            findings.append(emit(FINDINGS, "runtime-socket-writable", **particulars))
        elif socket.get("is_socket"):
            findings.append(emit(FINDINGS, "runtime-socket-present", **particulars))
    if (walls.get("service_account_token") or {}).get("present"):
        findings.append(emit(FINDINGS, "service-account-token"))
    writable = [path for field, path in KERNEL_SETTINGS if walls.get(field) is False]
    if _root_on_host(report.get("run_as") or {}) and writable:
        findings.append(
            emit(
                FINDINGS,
                "kernel-settings-writable",
                paths=" and ".join(writable),
                verb="is" if len(writable) == 1 else "are",
            )
        )
    if (walls.get("security_label") or {}).get("label") == "unconfined":
        findings.append(emit(FINDINGS, "no-security-profile"))
    return findings


def socket_row_text(socket: dict) -> str:
    """A runtime socket's facts on one line, as every view words them."""
    facts = [str(socket.get("runtime"))]
    if socket.get("symlink_to"):
        facts.append(f"symlink to {socket['symlink_to']}")
    facts.append(f"socket: {yes_no(socket.get('is_socket'))}")
    facts.append(f"writable by you: {yes_no(socket.get('writable'))}")
    if socket.get("error"):
        facts.append(str(socket["error"]))
    return ", ".join(facts)


def tones(report: dict) -> dict:
    walls = report.get("walls") or {}
    tones = {}
    for socket in walls.get("runtime_sockets") or []:
        path, why = socket.get("path"), socket.get("error")
        is_socket, writable = socket.get("is_socket"), socket.get("writable")
        runtime = socket.get("runtime")
        # Only a real socket is an API: a file or directory at a socket's path is not.
        if writable:
            writable_tone = tone(
                "critical", "yes", f"Writing to the {runtime} API means control of the host."
            )
            row = "critical"
        elif is_socket is False:
            writable_tone = tone("neutral", yes_no(writable), "Not a socket.")
            row = "neutral"
        elif is_socket is None or writable is None:
            writable_tone = unknown("unknown", why, "The path could not be examined.")
            row = "warning" if is_socket else "unknown"
        else:
            writable_tone = tone(
                "warning",
                "no",
                f"Not writable by this user, but whoever becomes root here controls the "
                f"{runtime} API.",
            )
            row = "warning"
        tones[fact_key("walls", "runtime_sockets", path, "writable")] = writable_tone
        tones[fact_key("walls", "runtime_sockets", path)] = tone(row, socket_row_text(socket), why)

    token = walls.get("service_account_token") or {}
    present = token.get("present")
    if present is None:
        token_tone = unknown(
            "unknown", token.get("error"), "Whether the token is mounted is unknown."
        )
    elif present:
        token_tone = tone(
            "warning",
            "yes",
            "Code here can act as the pod's service account (the token was not read).",
        )
    else:
        token_tone = tone("neutral", "no")
    tones[fact_key("walls", "service_account_token")] = token_tone

    root_on_host = _root_on_host(report.get("run_as") or {})
    for field, path in KERNEL_SETTINGS:
        value = walls.get(field)
        if value is None:
            setting = unknown("unknown", None, f"No mount holding {path} was found in mountinfo.")
        elif value is False and root_on_host:
            setting = tone(
                "warning", "no", "Mounted read-write, and this process is root on the host."
            )
        else:
            setting = tone("neutral", yes_no(value))
        tones[fact_key("walls", field)] = setting
    return tones


JUDGE = Judge("walls", FINDINGS, find, tones)
