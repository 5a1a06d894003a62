"""The run-as section's judge: who this process runs as, and what passwordless sudo gives."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, tone, unknown

FINDINGS = {
    "run-as-unexpected": Declared(
        "warning",
        "run_as",
        "The uid or gid is not the one the server was told to expect.",
        "run_as.uid",
        "Runs as an unexpected user",
        "This process runs with {differences}. Check the image's default uid and gid in its app "
        "image config, or the USER line of its Dockerfile.",
    ),
    "sudo-to-host-root": Declared(
        "critical",
        "run_as",
        "Passwordless sudo, and uid 0 here is uid 0 on the host.",
        "run_as.sudo",
        "sudo makes you root on the host",
        "This user may run sudo without a password, and root here is not remapped: uid 0 in "
        "this container is uid 0 on the host. Anyone who can run code here can become host root "
        "through any container escape. Run the container with user remapping (as Studio does) "
        "or remove the sudoers rule.",
    ),
    "sudo-root-remapped": Declared(
        "info",
        "run_as",
        "Passwordless sudo gives a root that is another host uid.",
        "run_as.sudo",
        "sudo gives root in this container only",
        "sudo gives you root in this container, which is host uid {root_host_uid}: not host "
        "root. You may install packages; the host is not exposed.",
    ),
}


def sudo_without_root(run_as: dict) -> bool:
    """A user who is not root (a known uid) and may run sudo without a password."""
    return run_as.get("sudo") == "yes" and run_as.get("uid") not in (None, 0)


def sudo_root(run_as: dict) -> str | None:
    """What passwordless sudo gives this user, the one judgement the findings, the tones and
    the metrics read: "host-root" (uid 0 here is uid 0 on the host, user_namespaces(7)),
    "container-root" (root here is another host uid), or None (no passwordless sudo seen, the
    user is root already, or the uid map is unknown)."""
    root_host_uid = run_as.get("root_host_uid")
    if not sudo_without_root(run_as):
        return None
    if not isinstance(root_host_uid, int):
        return None
    return "host-root" if root_host_uid == 0 else "container-root"


def sudo_host_root(run_as: dict) -> bool | None:
    """Whether sudo without a password gives host root: True, False (no passwordless sudo; root
    already, with a known uid map; or sudo's root is another host uid) or None (unknown). The
    metric reads this."""
    if run_as.get("sudo") == "no":
        return False
    root_host_uid = run_as.get("root_host_uid")
    if (
        run_as.get("uid") == 0
        and isinstance(root_host_uid, int)
        and not isinstance(root_host_uid, bool)
    ):
        return False  # root needs no sudo
    gives = sudo_root(run_as)
    return None if gives is None else gives == "host-root"


def find(report: dict, given: dict) -> list[dict]:
    run_as = report.get("run_as") or {}
    findings = []
    differences = [
        f"{name} {run_as.get(name)} instead of {expected}"
        for name, expected in (("uid", given.get("expect_uid")), ("gid", given.get("expect_gid")))
        if expected is not None and run_as.get(name) != expected
    ]
    if differences:
        findings.append(emit(FINDINGS, "run-as-unexpected", differences=" and ".join(differences)))
    # Passwordless sudo is root in the container; whether that is root on the host depends on
    # the host uid that uid 0 maps to (user_namespaces(7)).
    gives = sudo_root(run_as)
    if gives == "host-root":
        findings.append(emit(FINDINGS, "sudo-to-host-root"))
    elif gives == "container-root":
        findings.append(
            emit(FINDINGS, "sudo-root-remapped", root_host_uid=run_as.get("root_host_uid"))
        )
    return findings


def tones(report: dict) -> dict:
    run_as = report.get("run_as") or {}
    userns = report.get("user_namespace") or {}
    sudo = run_as.get("sudo")
    root_host_uid = run_as.get("root_host_uid")
    if sudo not in ("yes", "no"):
        sudo_tone = unknown(
            "unknown",
            run_as.get("sudo_detail"),
            "Whether sudo asks for a password was not checked or could not be told.",
        )
    elif sudo_root(run_as) == "host-root":
        sudo_tone = tone(
            "critical", "yes", "Root in this container is root on the host: uid 0 is not remapped."
        )
    else:
        sudo_tone = tone("neutral", sudo, run_as.get("sudo_detail"))
    if root_host_uid is None:
        root_tone = unknown(
            "unknown", userns.get("error"), "The uid map could not be read, or uid 0 is not in it."
        )
    elif root_host_uid == 0 and (run_as.get("uid") == 0 or sudo == "yes"):
        # As the findings say: root-not-remapped, sudo-to-host-root.
        root_tone = tone(
            "critical",
            "host root: uid 0 is not remapped",
            "This process is root, or may become root with sudo, and root here is root on the "
            "host.",
        )
    elif root_host_uid == 0:
        root_tone = tone(
            "warning",
            "host root: uid 0 is not remapped",
            "A root process here would be root on the host; this user is not root and has no "
            "passwordless sudo that was seen.",
        )
    else:
        root_tone = tone("neutral", f"host uid {root_host_uid}")
    return {
        fact_key("run_as", "sudo"): sudo_tone,
        # Shown with the user namespace: it is read from the uid map.
        fact_key("user_namespace", "root_host_uid"): root_tone,
    }


JUDGE = Judge("run_as", FINDINGS, find, tones, tones_when_absent=True)
