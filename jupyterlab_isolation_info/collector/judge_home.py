"""The home section's judge: whether the home exists, who owns it, who else may enter or write."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, id_name, mode_bits, tone, unknown, yes_no

# The mode bits judged: others may write (without the sticky bit, which keeps their hands off
# files they do not own), or others have any access.
OTHERS_WRITE, STICKY, OTHERS_ANY = 0o002, 0o1000, 0o007

FINDINGS = {
    "home-missing": Declared(
        "warning",
        "home",
        "The home directory does not exist.",
        "home.exists",
        "The home directory does not exist",
        "{path} is your home in the user database, but there is nothing there, so saving "
        "notebooks and settings there fails. In Studio, check the space's storage; elsewhere, "
        "create it or fix the user's entry.",
    ),
    "home-unknown": Declared(
        "warning",
        "home",
        "The home directory could not be examined.",
        "home.exists",
        "The home directory could not be examined",
        "{why} Whether it exists and who owns it are unknown.",
    ),
    "home-owner-unmapped": Declared(
        "warning",
        "home",
        "The home's owner is outside the container's id map (nobody).",
        "home.owner_unmapped",
        "The home directory's owner is not mapped",
        "{path} belongs to a host user with no id in this container (it shows as the overflow "
        "uid), so you may not be able to write your own files. Ask your administrator to check "
        "the user profile's uid.",
    ),
    "home-owner-mismatch": Declared(
        "warning",
        "home",
        "The home belongs to another user.",
        "home.owner_is_run_as",
        "The home directory belongs to someone else",
        "{path} is owned by uid {owner_uid}, not by the user this runs as. Files you save may "
        "fail or land with the wrong owner.",
    ),
    "home-world-writable": Declared(
        "critical",
        "home",
        "Anyone can write to the home.",
        "home.mode",
        "Anyone can write to the home directory",
        "{path} has mode {mode}: every user and process in this container may add, replace or "
        "delete files there, such as your shell start-up files or notebooks, and so run code as "
        "you. Remove it with: chmod o-w {path}",
    ),
    "home-world-readable": Declared(
        "warning",
        "home",
        "Other users can enter the home.",
        "home.mode",
        "Other users can access the home directory",
        "{path} has mode {mode}, which gives other users access. Remove it with: chmod o-rwx "
        "{path}",
    ),
    # Listed with the home, judged on the context's fact: HOME against the user database.
    "home-moved": Declared(
        "info",
        "home",
        "HOME is not the user database's home.",
        "context.home_moved",
        "HOME is not your home directory",
        "HOME is {home_env}, not the home directory of the passwd entry. Studio's recovery mode "
        "starts the app with HOME in a temporary directory; files saved there are not kept.",
    ),
}


def _world_writable(bits: int) -> bool:
    return bool(bits & OTHERS_WRITE and not bits & STICKY)


def find(report: dict, given: dict) -> list[dict]:
    home = report.get("home") or {}
    findings = _home_findings(home)
    context = report.get("context") or {}
    if context.get("home_moved"):
        findings.append(emit(FINDINGS, "home-moved", home_env=context.get("home_env")))
    return findings


def _home_findings(home: dict) -> list[dict]:
    path = home.get("path")
    if path and home.get("exists") is False:
        return [emit(FINDINGS, "home-missing", path=path)]
    if path and home.get("exists") is None:
        why = home.get("error") or "The home directory could not be looked at."
        return [emit(FINDINGS, "home-unknown", why=why)]
    if not home.get("exists"):
        return []
    findings = []
    if home.get("owner_unmapped"):
        findings.append(emit(FINDINGS, "home-owner-unmapped", path=path))
    elif home.get("owner_is_run_as") is False:
        findings.append(
            emit(FINDINGS, "home-owner-mismatch", path=path, owner_uid=home.get("owner_uid"))
        )
    mode = home.get("mode")
    bits = mode_bits(mode) or 0
    if _world_writable(bits):
        findings.append(emit(FINDINGS, "home-world-writable", path=path, mode=mode))
    elif bits & OTHERS_ANY:
        findings.append(emit(FINDINGS, "home-world-readable", path=path, mode=mode))
    return findings


def tones(report: dict) -> dict:
    home = report.get("home") or {}
    why = home.get("error")
    exists = home.get("exists")
    tones = {}
    if exists is None:
        tones[fact_key("home", "exists")] = unknown(
            "unknown", why, "The home directory could not be examined."
        )
    elif exists is False:
        tones[fact_key("home", "exists")] = tone(
            "warning", "no", "Your home in the user database, but there is nothing there."
        )
    else:
        tones[fact_key("home", "exists")] = tone("neutral", "yes")
    if not exists:
        reason = why or "The home directory could not be examined."
        for field in ("owner_uid", "owner_is_run_as", "owner_unmapped", "host_owner_uid", "mode"):
            tones[fact_key("home", field)] = unknown("unknown", reason, reason)
        return tones

    unmapped = home.get("owner_unmapped")
    is_run_as = home.get("owner_is_run_as")
    owner = id_name(home.get("owner_uid"), home.get("owner_name"))
    if unmapped:
        owner_tone = tone(
            "warning", owner, "Its owner on the host has no id inside this container."
        )
    elif is_run_as is False:
        owner_tone = tone("warning", owner, "Not the user this runs as.")
    elif is_run_as is None or home.get("owner_uid") is None:
        owner_tone = unknown(owner, why, "The owner could not be read.")
    else:
        owner_tone = tone("ok", owner, "The user this runs as.")
    tones[fact_key("home", "owner_uid")] = owner_tone

    if is_run_as is None:
        tones[fact_key("home", "owner_is_run_as")] = unknown(
            "unknown", why, "The owner could not be read."
        )
    else:
        tones[fact_key("home", "owner_is_run_as")] = tone(
            "ok" if is_run_as else "warning", yes_no(is_run_as)
        )

    if unmapped is None:
        tones[fact_key("home", "owner_unmapped")] = unknown(
            "unknown", why, "The owner could not be read."
        )
    elif unmapped:
        tones[fact_key("home", "owner_unmapped")] = tone(
            "warning",
            "unmapped: the host owner has no id inside this container",
            "It shows as the overflow uid (nobody).",
        )
    else:
        tones[fact_key("home", "owner_unmapped")] = tone("neutral", "mapped")

    host_owner_uid = home.get("host_owner_uid")
    tones[fact_key("home", "host_owner_uid")] = (
        unknown(
            "unknown",
            why,
            "The owner is not mapped into this container, or the uid map could not be read.",
        )
        if host_owner_uid is None
        else tone("neutral", host_owner_uid)
    )

    mode = home.get("mode")
    bits = mode_bits(mode)
    if bits is None:
        mode_tone = unknown("unknown", why, "The mode could not be read.")
    elif _world_writable(bits):
        mode_tone = tone(
            "critical", mode, "Anyone in this container may add, replace or delete files there."
        )
    elif bits & OTHERS_ANY:
        mode_tone = tone("warning", mode, "Other users have access to it.")
    else:
        mode_tone = tone("ok", mode, "Other users have no access to it.")
    tones[fact_key("home", "mode")] = mode_tone
    return tones


JUDGE = Judge("home", FINDINGS, find, tones, tones_when_absent=True)
