"""The user namespace section's judge: whether the ids here are the host's (user_namespaces(7))."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, host_root, tone, unknown

FINDINGS = {
    "root-not-remapped": Declared(
        "critical",
        "user_namespace",
        "This process is uid 0 and uid 0 is root on the host.",
        "user_namespace.host_uid",
        "Root here is root on the host",
        "This process runs as uid 0 and no user namespace maps it to an unprivileged host uid, "
        "so escaping the container would give full control of the host. Run the image with user "
        "remapping, as Studio does, or as a non-root user.",
    ),
    "runs-as-root": Declared(
        "info",
        "user_namespace",
        "Root in the container, remapped to an unprivileged host uid.",
        "user_namespace.host_uid",
        "Runs as root inside the container",
        "Root here is host uid {host_uid}, an unprivileged user, as in Studio's KernelGateway "
        "apps by default. You may install packages; the host is not exposed.",
    ),
    "no-user-namespace": Declared(
        "warning",
        "user_namespace",
        "A non-root uid that is the same uid on the host.",
        "user_namespace.remapped",
        "No user namespace",
        "Uid {uid} here is the same uid {uid} on the host, so files it creates on shared storage "
        "belong to that host user. In Studio, container ids are remapped; outside Studio this is "
        "expected.",
    ),
}


def find(report: dict, given: dict) -> list[dict]:
    uid = (report.get("run_as") or {}).get("uid")
    userns = report.get("user_namespace") or {}
    host_uid, remapped = userns.get("host_uid"), userns.get("remapped")
    if host_root(uid, host_uid):
        return [emit(FINDINGS, "root-not-remapped")]
    if uid == 0 and remapped:
        return [emit(FINDINGS, "runs-as-root", host_uid=host_uid)]
    if uid not in (None, 0) and remapped is False:
        return [emit(FINDINGS, "no-user-namespace", uid=uid)]
    return []


def tones(report: dict) -> dict:
    userns = report.get("user_namespace") or {}
    remapped, host_uid = userns.get("remapped"), userns.get("host_uid")
    why = userns.get("error")
    if remapped is None:
        remapped_tone = unknown("unknown", why, "uid_map could not be read.")
    elif remapped:
        remapped_tone = tone("ok", "remapped", "The ids inside differ from the host's.")
    else:
        remapped_tone = tone(
            "critical" if host_uid == 0 else "warning",
            "not remapped",
            "The ids inside are the host's ids.",
        )
    if host_uid is None:
        host_tone = unknown("unknown", why, "uid_map could not be read or does not map this uid.")
    elif host_uid == 0:
        host_tone = tone("critical", "0", "This process is root on the host.")
    else:
        host_tone = tone("neutral", host_uid)
    return {
        fact_key("user_namespace", "remapped"): remapped_tone,
        fact_key("user_namespace", "host_uid"): host_tone,
    }


JUDGE = Judge("user_namespace", FINDINGS, find, tones, tones_when_absent=True)
