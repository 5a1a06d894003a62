"""Pure: the Kubernetes Pod Security Standards, evaluated against the process as it runs.

Admission tools (Pod Security Admission, Trivy, Polaris, kubescape) judge a pod's manifest: what
was asked for. This judges what the process got, from the report's capabilities, run_as and walls
sections, control by control. Each control is

- ``met`` or ``not_met``, with the measured value;
- ``unmeasured``: the standard restricts something a process cannot see from inside (the pod's
  host namespaces, hostPath volumes, host ports, volume types, sysctls, the /proc mount type);
- ``unknown``: the fact it needs could not be read this time (the reason says why).

The level is the highest one whose every measured control is met, and it is claimed only over
what was measured: ``level_text`` says how many controls that was and how many could not be.
An ``unknown`` Baseline control leaves the level unknown (null); an ``unknown`` Restricted
control caps it at Baseline. Source: kubernetes.io/docs/concepts/security/pod-security-standards
(the Baseline and Restricted tables, Linux controls).
"""

from __future__ import annotations

from typing import NamedTuple

from .parse import CAPABILITY_NAMES

STANDARD = "Kubernetes Pod Security Standards"
LEVELS = ("privileged", "baseline", "restricted")
STATUSES = ("met", "not_met", "unmeasured", "unknown")

# Baseline: "Adding additional capabilities beyond those listed below must be disallowed."
BASELINE_ADDABLE = frozenset(
    f"CAP_{name}"
    for name in (
        "AUDIT_WRITE",
        "CHOWN",
        "DAC_OVERRIDE",
        "FOWNER",
        "FSETID",
        "KILL",
        "MKNOD",
        "NET_BIND_SERVICE",
        "SETFCAP",
        "SETGID",
        "SETPCAP",
        "SETUID",
        "SYS_CHROOT",
    )
)
# The standard limits what a pod *adds*; the runtime's own default set is not an addition.
# containerd and Docker give every container CAP_NET_RAW by default (their 14 defaults are the
# 13 above plus NET_RAW), so a pod admitted under Baseline runs with it. From inside, an added
# NET_RAW cannot be told from the default one; it is accepted here and named in the control.
RUNTIME_DEFAULT_EXTRA = frozenset({"CAP_NET_RAW"})
# Restricted: "Containers must drop ALL capabilities, and are only permitted to add back the
# NET_BIND_SERVICE capability."
RESTRICTED_ALLOWED = frozenset({"CAP_NET_BIND_SERVICE"})
# Baseline: SELinux type "Undefined/"", container_t, container_init_t, container_kvm_t,
# container_engine_t".
SELINUX_TYPES = frozenset(
    {"container_t", "container_init_t", "container_kvm_t", "container_engine_t"}
)


class Control(NamedTuple):
    """A control as the standard states it: its level, title and what it asks; ``unmeasurable``
    says why a process cannot see it from inside (None for the controls measured here)."""

    level: str
    title: str
    requirement: str
    unmeasurable: str | None = None


# Every control judged, declared once, in the order the section lists them (Baseline's first).
CONTROLS = {
    "capabilities-baseline": Control(
        "baseline", "Capabilities", "nothing added beyond " + ", ".join(sorted(BASELINE_ADDABLE))
    ),
    "privileged": Control("baseline", "Privileged containers", "privileged unset or false"),
    "seccomp-baseline": Control("baseline", "Seccomp", "seccomp profile not Unconfined"),
    "apparmor": Control(
        "baseline", "AppArmor", "AppArmor profile not Unconfined (where AppArmor exists)"
    ),
    "selinux": Control(
        "baseline", "SELinux", "SELinux type unset or a container type (container_t, …)"
    ),
    "host-namespaces": Control(
        "baseline",
        "Host namespaces",
        "hostNetwork, hostPID and hostIPC unset or false",
        "Whether the pod shares the node's network, process or IPC namespace is a setting of "
        "the pod; a namespace's identity inside does not say whose it is.",
    ),
    "hostpath-volumes": Control(
        "baseline",
        "HostPath volumes",
        "no hostPath volumes",
        "A mount shows its file system and device, not the volume type that put it there.",
    ),
    "host-ports": Control(
        "baseline",
        "Host ports",
        "no hostPort (or only the allowed list)",
        "Host ports are forwarded by the node; nothing inside the container shows them.",
    ),
    "proc-mount": Control(
        "baseline",
        "/proc mount type",
        "procMount Default (the runtime's masked paths)",
        "The report does not carry the masked /proc paths that would show it.",
    ),
    "sysctls": Control(
        "baseline",
        "Sysctls",
        "only the safe sysctl subset set by the pod",
        "A sysctl's value inside does not say whether the pod set it.",
    ),
    "capabilities-restricted": Control(
        "restricted", "Capabilities", "ALL dropped; only NET_BIND_SERVICE added back"
    ),
    "seccomp-restricted": Control(
        "restricted", "Seccomp", "seccomp profile RuntimeDefault or Localhost (a filter)"
    ),
    "privilege-escalation": Control(
        "restricted",
        "Privilege escalation",
        "allowPrivilegeEscalation false (the NoNewPrivs flag)",
    ),
    "running-as-non-root": Control(
        "restricted", "Running as non-root", "runAsNonRoot true and runAsUser not 0"
    ),
    "volume-types": Control(
        "restricted",
        "Volume types",
        "only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, "
        "projected and secret volumes",
        "A mount shows its file system, not the volume type that put it there.",
    ),
}


def _control(
    control_id: str, status: str, measured: str | None = None, detail: str | None = None
) -> dict:
    """One control of this report: its declaration (CONTROLS), its status, what was measured."""
    control = CONTROLS[control_id]
    return {
        "id": control_id,
        "level": control.level,
        "title": control.title,
        "requirement": control.requirement,
        "status": status,
        "measured": measured,
        "detail": detail,
    }


def _names(capabilities: list[str]) -> str:
    return ", ".join(capabilities) or "none"


def _capabilities_readable(capabilities: dict) -> str | None:
    """Why the bounding set cannot be judged, or None when it can."""
    if capabilities.get("error") and not capabilities.get("bounding"):
        return f"The capability sets could not be read: {capabilities['error']}"
    return None


# CAP_AUDIT_READ (37) came with Linux 3.16: every kernel a container runs on now has it.
_OLDEST_LAST_CAP = 37


def _every_capability(bounding: list[str]) -> bool:
    """Whether the set holds every capability the kernel has: without the kernel's
    cap_last_cap, every number from 0 to the highest one held, which is at least 37."""
    numbers = set()
    for name in bounding:
        if name in CAPABILITY_NAMES:
            numbers.add(CAPABILITY_NAMES.index(name))
        elif name.startswith("CAP_") and name[4:].isdigit():  # newer than our table
            numbers.add(int(name[4:]))
    return (
        bool(numbers)
        and max(numbers) >= _OLDEST_LAST_CAP
        and numbers == set(range(max(numbers) + 1))
    )


# Which set counts: the bounding set. `capabilities.add`/`drop` edit the set the runtime gives
# every process of the container (the OCI process.capabilities sets, whose ceiling is the
# bounding set); the effective set also depends on the uid, so a non-root user with CAP_SYS_ADMIN
# added shows an empty effective set yet gains it through any setuid or file-capability program
# (unless no_new_privs). Judging the effective set would call that container Restricted.
def _capability_controls(capabilities: dict) -> list[dict]:
    why = _capabilities_readable(capabilities)
    bounding = list(capabilities.get("bounding") or [])
    controls = []
    # Baseline
    if why:
        controls.append(
            _control(
                "capabilities-baseline",
                "unknown",
                detail=why,
            )
        )
    else:
        beyond = sorted(set(bounding) - BASELINE_ADDABLE - RUNTIME_DEFAULT_EXTRA)
        runtime_extra = sorted(set(bounding) & RUNTIME_DEFAULT_EXTRA)
        note = (
            f"{_names(runtime_extra)} is in containerd's and Docker's default set, which the "
            "standard does not restrict (it limits what a pod adds); from inside, an added one "
            "cannot be told from the default."
            if runtime_extra
            else None
        )
        controls.append(
            _control(
                "capabilities-baseline",
                "not_met" if beyond else "met",
                measured=f"bounding set beyond it: {_names(beyond)}"
                if beyond
                else f"bounding set: {_names(bounding)}",
                detail=note,
            )
        )
    # Privileged: a privileged container gets every capability in its bounding set and no
    # seccomp filter. Derived from those two facts, not read from the pod.
    seccomp = capabilities.get("seccomp")
    if why or seccomp is None:
        controls.append(
            _control(
                "privileged",
                "unknown",
                detail=why or "The seccomp mode could not be read.",
            )
        )
    else:
        privileged = _every_capability(bounding) and seccomp == "disabled"
        controls.append(
            _control(
                "privileged",
                "not_met" if privileged else "met",
                measured=(
                    "every capability in the bounding set and no seccomp filter, as a "
                    "privileged container has"
                    if privileged
                    else "not every capability, or a seccomp filter: not a privileged container"
                ),
                detail="Derived from the bounding set and the seccomp mode.",
            )
        )
    # Restricted
    if why:
        controls.append(
            _control(
                "capabilities-restricted",
                "unknown",
                detail=why,
            )
        )
    else:
        beyond = sorted(set(bounding) - RESTRICTED_ALLOWED)
        controls.append(
            _control(
                "capabilities-restricted",
                "not_met" if beyond else "met",
                measured=f"bounding set keeps {_names(beyond)}"
                if beyond
                else f"bounding set: {_names(bounding)}",
            )
        )
    return controls


def _seccomp_controls(capabilities: dict) -> list[dict]:
    seccomp = capabilities.get("seccomp")
    unknown = "The Seccomp line of /proc/self/status could not be read."
    if seccomp is None:
        return [
            _control("seccomp-baseline", "unknown", detail=unknown),
            _control(
                "seccomp-restricted",
                "unknown",
                detail=unknown,
            ),
        ]
    measured = f"seccomp mode {seccomp}"
    return [
        _control(
            "seccomp-baseline",
            "not_met" if seccomp == "disabled" else "met",
            measured=measured,
            detail="Admission also accepts a pod that leaves the profile unset, which runs "
            "unconfined where the kubelet does not default to RuntimeDefault; as run, no "
            "filter is not met."
            if seccomp == "disabled"
            else None,
        ),
        _control(
            "seccomp-restricted",
            "met" if seccomp == "filter" else "not_met",
            measured=measured,
            detail="Filter mode is what RuntimeDefault and Localhost profiles give; which of "
            "them (or another filter) cannot be told from inside.",
        ),
    ]


def _label_controls(walls: dict) -> list[dict]:
    label = walls.get("security_label") or {}
    kind, text, mode = label.get("kind"), label.get("label"), label.get("mode")
    if kind == "apparmor":
        measured = f"AppArmor {text}" + (f" ({mode})" if mode else "")
        apparmor = _control(
            "apparmor",
            "not_met" if text == "unconfined" else "met",
            measured=measured,
        )
    elif kind == "selinux":
        apparmor = _control(
            "apparmor",
            "met",
            measured="SELinux labels this process, not AppArmor",
            detail="The control applies only where AppArmor exists.",
        )
    else:
        apparmor = _control(
            "apparmor",
            "unmeasured",
            detail="No security label could be read (/proc/self/attr/current): no module that "
            "labels processes answers here, so AppArmor is absent or hidden. The control applies "
            "only where AppArmor exists.",
        )
    if kind == "selinux":
        fields = (text or "").split(":")
        selinux_type = fields[2] if len(fields) > 2 else None
        selinux = _control(
            "selinux",
            "met" if selinux_type in SELINUX_TYPES else "not_met",
            measured=f"SELinux type {selinux_type}",
            detail="Only the type is judged: whether the pod set a user or role is not visible.",
        )
    elif kind == "apparmor":
        selinux = _control(
            "selinux",
            "met",
            measured="no SELinux label (AppArmor labels this process)",
        )
    else:
        selinux = _control(
            "selinux",
            "unmeasured",
            detail="No security label could be read (/proc/self/attr/current).",
        )
    return [apparmor, selinux]


def _identity_controls(capabilities: dict, run_as: dict) -> list[dict]:
    controls = []
    no_new_privs = capabilities.get("no_new_privs")
    if no_new_privs is None:
        controls.append(
            _control(
                "privilege-escalation",
                "unknown",
                detail="The NoNewPrivs line of /proc/self/status could not be read.",
            )
        )
    else:
        controls.append(
            _control(
                "privilege-escalation",
                "met" if no_new_privs else "not_met",
                measured=f"NoNewPrivs {int(no_new_privs)}",
            )
        )
    uid = run_as.get("uid")
    if not isinstance(uid, int):
        controls.append(
            _control(
                "running-as-non-root",
                "unknown",
                detail="The run-as uid could not be read.",
            )
        )
    else:
        controls.append(
            _control(
                "running-as-non-root",
                "not_met" if uid == 0 else "met",
                measured=f"uid {uid}",
                detail="Uid 0 inside a user namespace counts: the standard asks about the "
                "container's uid, not the host's."
                if uid == 0
                else None,
            )
        )
    return controls


def _level(controls: list[dict]) -> tuple[str | None, str]:
    """The level every measured control of which is met, and the sentence that says so."""
    level = "privileged"
    stop = None
    for candidate in LEVELS[1:]:
        mine = [c for c in controls if c["level"] == candidate]
        failed = [c["id"] for c in mine if c["status"] == "not_met"]
        unknown = [c["id"] for c in mine if c["status"] == "unknown"]
        if failed:
            stop = f"{candidate.capitalize()} is not met: {', '.join(failed)}."
            break
        if unknown:
            if candidate == "baseline":
                level = None
            stop = f"{candidate.capitalize()} could not be decided: {', '.join(unknown)} unknown."
            break
        level = candidate
    measured = sum(c["status"] in ("met", "not_met") for c in controls)
    unmeasured = sum(c["status"] == "unmeasured" for c in controls)
    head = ("Unknown" if level is None else level.capitalize()) + (
        f", over the {measured} controls measured; {unmeasured} could not be measured from inside."
    )
    return level, head + (f" {stop}" if stop else "")


def policy_section(report: dict) -> dict:
    """The section for a report whose capabilities, run_as and walls sections are built."""
    capabilities = report.get("capabilities") or {}
    run_as = report.get("run_as") or {}
    walls = report.get("walls") or {}
    controls = [
        *_capability_controls(capabilities),
        *_seccomp_controls(capabilities),
        *_label_controls(walls),
        *_identity_controls(capabilities, run_as),
        *(
            _control(control_id, "unmeasured", detail=control.unmeasurable)
            for control_id, control in CONTROLS.items()
            if control.unmeasurable
        ),
    ]
    order = {level: index for index, level in enumerate(LEVELS)}
    controls.sort(key=lambda c: order[c["level"]])  # stable: Baseline's first
    level, text = _level(controls)
    return {
        "standard": STANDARD,
        "level": level,
        "level_text": text,
        "counts": {status: sum(c["status"] == status for c in controls) for status in STATUSES},
        "controls": controls,
        "error": None,
    }


def empty_section() -> dict:
    """The section's shape when it could not be evaluated: no level, no controls."""
    return {
        "standard": STANDARD,
        "level": None,
        "level_text": "Unknown: the controls could not be evaluated.",
        "counts": dict.fromkeys(STATUSES, 0),
        "controls": [],
        "error": None,
    }
