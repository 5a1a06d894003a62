"""The kernels section's judge: each local kernel's host uid and capabilities."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, host_root, short_kernel_id, tone, unknown

FINDINGS = {
    "kernel-host-root": Declared(
        "critical",
        "kernels",
        "A kernel runs as root on the host.",
        "kernels[*].host_uid",
        "A kernel runs as root on the host",
        "{kernels} runs as uid 0, which is uid 0 on the host: code in a notebook there could "
        "take over the host if it escaped the container. Start kernels as an unprivileged user "
        "or under user remapping.",
    ),
    "kernel-caps-beyond-docker-default": Declared(
        "warning",
        "kernels",
        "A kernel keeps capabilities beyond Docker's defaults.",
        "kernels[*].capabilities",
        "A kernel keeps capabilities beyond Docker's defaults",
        "{kernels} keeps {names} in its bounding set, which a default container does not have. "
        "Drop them unless the kernel needs them.",
    ),
}


def _host_root(kernel: dict) -> bool:
    return host_root(kernel.get("uid"), kernel.get("host_uid"))


def _beyond(kernel: dict) -> list[str] | None:
    return (kernel.get("capabilities") or {}).get("beyond_docker_default")


def find(report: dict, given: dict) -> list[dict]:
    """One finding per kind, naming every local kernel it concerns."""
    local = [k for k in report.get("kernels") or [] if k.get("local") and not k.get("error")]
    as_host_root = [k for k in local if _host_root(k)]
    extra_caps = [k for k in local if _beyond(k)]
    findings = []
    if as_host_root:
        findings.append(emit(FINDINGS, "kernel-host-root", kernels=_kernel_names(as_host_root)))
    if extra_caps:
        names = ", ".join(sorted({c for k in extra_caps for c in _beyond(k)}))
        findings.append(
            emit(
                FINDINGS,
                "kernel-caps-beyond-docker-default",
                kernels=_kernel_names(extra_caps),
                names=names,
            )
        )
    return findings


def _kernel_names(kernels: list[dict]) -> str:
    described = [
        f"{k.get('name') or 'kernel'} {short_kernel_id(k.get('id'))} (pid {k.get('pid')})"
        for k in kernels
    ]
    return ("The kernel " if len(described) == 1 else "The kernels ") + ", ".join(described)


def tones(report: dict) -> dict:
    tones = {}
    for kernel in report.get("kernels") or []:
        identity = kernel.get("id")
        if not kernel.get("local") or "uid" not in kernel:
            continue  # not a local process: its error says so, there is nothing to judge
        why = kernel.get("error")
        host_uid = kernel.get("host_uid")
        if host_uid is None:
            host_tone = unknown("unknown", why, "The kernel's uid map could not be read.")
        elif _host_root(kernel):
            host_tone = tone("critical", "0", "The kernel runs as root on the host.")
        else:
            host_tone = tone("neutral", host_uid)
        beyond = _beyond(kernel)
        tones[fact_key("kernels", identity=identity, item_field="host_uid")] = host_tone
        caps = kernel.get("capabilities")
        caps_key = fact_key("kernels", identity=identity, item_field="capabilities")
        if caps is None:
            pass  # not collected: nothing is said about them
        elif beyond is None:
            reason = caps.get("error")
            tones[caps_key] = unknown("unknown", reason, "The kernel's bounding set was not read.")
        elif beyond:
            tones[caps_key] = tone(
                "warning", ", ".join(beyond), "A default container does not have these."
            )
        else:
            tones[caps_key] = tone("ok", "none", "Within Docker's defaults.")
    return tones


JUDGE = Judge("kernels", FINDINGS, find, tones)
