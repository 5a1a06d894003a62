"""Pure: a report in, its judgement out (the ``summary`` and ``tones`` keys of the report).

The one place that decides whether a fact is good, bad or unknown, how its value reads, the
four answers at a glance, the verdict, the sections' titles and order, and the severities'
order. The panel, the status bar, the CLI text and the Markdown draw what this gives; none of
them judges. Unknown is never good news: a fact that could not be read has tone ``unknown``
and the reason.

Tones: ``ok`` (measured good), ``warning``, ``critical``, ``unknown`` (with a reason),
``neutral`` (plain data, nothing to judge). A finding's severity and the tone of the fact it
is about agree: critical is critical, warning is warning, and an ``info`` finding's fact is
neutral.
"""

from __future__ import annotations

from .limits import NEAR_LIMIT, human_bytes

TONES = ("ok", "warning", "critical", "unknown", "neutral")
SEVERITY_ORDER = ("critical", "warning", "info")

# The report's sections in the order every view shows them, each with its one title. The
# schema's section titles are tested equal to these.
SECTIONS = (
    ("findings", "Findings"),
    ("run_as", "Run-as user"),
    ("user_namespace", "User namespace"),
    ("context", "Where am I"),
    ("home", "Home directory"),
    ("mounts", "Mounts at the home and /opt/ml"),
    ("endpoints", "Network endpoints"),
    ("credentials", "Credentials"),
    ("metadata", "App metadata"),
    ("capabilities", "Capabilities"),
    ("walls", "Walls beyond capabilities"),
    ("policy", "Pod Security Standards"),
    ("limits", "Resource limits"),
    ("storage", "Storage"),
    ("kernels", "Kernels"),
)
SECTION_TITLES = dict(SECTIONS)

# Endpoint statuses as every view words them.
STATUS_TEXT = {
    "blocked": "blocked",
    "routable": "routable (not probed)",
    "reachable": "reachable",
    "unknown": "unknown",
}
ROUTABLE_REASON = "A route exists; no packet was sent, so whether it answers is not known."


def fact_key(section: str, field: str | None = None, identity=None, item_field=None) -> str:
    """The key of a fact in ``tones``; TypeScript builds the same strings to look facts up.

    ``section.field`` for a scalar fact (``home.mode``); ``section[identity].field`` for a fact
    of a list item, identity being the endpoint id, the mount or socket path, the kernel id
    (``endpoints[imds-ipv4].status``); a list inside a section puts its field first
    (``walls.runtime_sockets[/var/run/docker.sock].writable``). Without the item's field the key
    names the item as a whole (``mounts[/home/sagemaker-user]``).
    """
    key = section if field is None else f"{section}.{field}"
    if identity is not None:
        key += f"[{identity}]"
        if item_field is not None:
            key += f".{item_field}"
    return key


def _tone(tone: str, text, reason: str | None = None) -> dict:
    return {"tone": tone, "text": str(text), "reason": reason}


def _unknown(text, reason: str | None, fallback: str) -> dict:
    return _tone("unknown", text, reason or fallback)


def _yes_no(value) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def id_name(number, name) -> str:
    if number is None:
        return "unknown"
    return f"{number} ({name})" if name else str(number)


def read_only_text(value) -> str:
    """A mount's read-only fact in words: never "read-write" for a fact not measured."""
    if value is None:
        return "read-only unknown"
    return "read-only" if value else "read-write"


def _worst(tones: list[str]) -> str:
    """The tone of a whole row: the worst of its facts' tones."""
    for tone in ("critical", "warning", "unknown", "ok"):
        if tone in tones:
            return tone
    return "neutral"


# --- the four answers at a glance and the verdict ---------------------------------------


def _missing(report: dict, section: str) -> str:
    """Why a section is absent: the collector's sentence when it has one."""
    reason = (report.get("errors") or {}).get(section)
    return f"unknown: {reason}" if reason else "unknown: not in the report"


def short_kernel_id(kernel_id) -> str:
    """A kernel's id as people read it beside its name: the first 8 characters, as JupyterLab's
    running-sessions list shows them."""
    return str(kernel_id or "")[:8]


def _who(run_as: dict) -> str:
    return (
        f"{run_as['user']} ({run_as.get('uid')})"
        if run_as.get("user")
        else f"uid {run_as.get('uid')}"
    )


# The four glance answers: id, the section each summarises, and its label, in the order a
# user asks them.
GLANCE_LINES = (
    ("run_as", "run_as", "You run as"),
    ("host", "user_namespace", "On the host"),
    ("home", "home", "Your home"),
    ("endpoints", "endpoints", "Endpoints"),
)


def _glance_line(line_id: str) -> dict:
    return next(
        {"id": i, "section": section, "label": label}
        for i, section, label in GLANCE_LINES
        if i == line_id
    )


def run_as_line(report: dict) -> dict:
    """Who you run as, and whether you may sudo."""
    run_as = report.get("run_as") or {}
    sudo = run_as.get("sudo")
    sudo_text = {"yes": "with sudo", "no": "no sudo"}.get(sudo, "sudo unknown")
    return {
        **_glance_line("run_as"),
        "text": f"{_who(run_as)}, {sudo_text}",
        "tone": "neutral" if run_as.get("uid") == 0 else "ok",
    }


def host_line(report: dict) -> dict:
    """Who you are on the host: remapped (a different, measured host uid), not remapped, or
    unknown."""
    userns = report.get("user_namespace") or {}
    host_uid, remapped = userns.get("host_uid"), userns.get("remapped")
    line = _glance_line("host")
    if host_uid is None or remapped is None:
        text = (
            "unknown: the uid map could not be read"
            if host_uid is None
            else f"uid {host_uid}, remapping unknown"
        )
        return {**line, "text": text, "tone": "unknown"}
    if remapped:
        return {
            **line,
            "text": f"uid {host_uid}, remapped",
            "tone": "critical" if host_uid == 0 else "ok",
        }
    return {
        **line,
        "text": f"uid {host_uid}, not remapped",
        "tone": "critical" if host_uid == 0 else "warning",
    }


def home_line(report: dict) -> dict:
    """Who owns your home, here and on the host."""
    line = _glance_line("home")
    home = report.get("home")
    if not home:
        return {**line, "text": _missing(report, "home"), "tone": "unknown"}
    if home.get("exists") is False:
        return {
            **line,
            "text": f"{home.get('path') or '(no path)'} does not exist",
            "tone": "warning",
        }
    host_owner_uid = home.get("host_owner_uid")
    host_owner = "host owner unknown" if host_owner_uid is None else f"host uid {host_owner_uid}"
    if home.get("owner_unmapped"):
        return {**line, "text": f"owner not mapped here, {host_owner}", "tone": "warning"}
    if home.get("owner_is_run_as") is True:
        return {
            **line,
            "text": f"owned by you, {host_owner}",
            "tone": "unknown" if host_owner_uid is None else "ok",
        }
    if home.get("owner_is_run_as") is False:
        owner_uid = home.get("owner_uid")
        if owner_uid is None:
            owner = "someone else"
        elif home.get("owner_name"):
            owner = f"{home['owner_name']} ({owner_uid})"
        else:
            owner = f"uid {owner_uid}"
        return {**line, "text": f"owned by {owner}, not you; {host_owner}", "tone": "warning"}
    # Why it is unknown, when the collector could say (a stalled mount, say).
    text = f"unknown: {home['error']}" if home.get("error") else "owner unknown"
    return {**line, "text": text, "tone": "unknown"}


def endpoints_line(report: dict) -> dict:
    """Which endpoints that should be blocked are (measured), and which are not or not known."""
    line = _glance_line("endpoints")
    endpoints = report.get("endpoints")
    if endpoints is None:
        return {**line, "text": _missing(report, "endpoints"), "tone": "unknown"}
    watched = [e for e in endpoints if e.get("expected") == "blocked"]
    if not watched:
        return {**line, "text": "none checked", "tone": "neutral"}

    def names(status=None, others=False):
        known = ("blocked", "reachable", "routable")
        chosen = [
            e
            for e in watched
            if (e.get("status") not in known if others else e.get("status") == status)
        ]
        return chosen, ", ".join(str(e.get("name")) for e in chosen)

    blocked, blocked_names = names("blocked")
    reachable, reachable_names = names("reachable")
    routable, routable_names = names("routable")
    unknown, unknown_names = names(others=True)
    parts = []
    if reachable:
        parts.append(f"reachable: {reachable_names}")
    if routable:
        parts.append(f"not blocked: {routable_names}")
    if unknown:
        parts.append(f"unknown: {unknown_names}")
    if blocked:
        parts.append(
            f"all blocked: {blocked_names}"
            if len(blocked) == len(watched)
            else f"blocked: {blocked_names}"
        )
    if reachable:
        tone = "critical"
    elif routable:
        tone = "warning"
    elif unknown:
        tone = "unknown"
    else:
        tone = "ok"
    return {**line, "text": "; ".join(parts), "tone": tone}


def glance(report: dict) -> list[dict]:
    """The four answers, in the order a user asks them."""
    return [run_as_line(report), host_line(report), home_line(report), endpoints_line(report)]


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def verdict(report: dict, lines: list[dict] | None = None) -> dict:
    """The verdict: the worst finding decides; with no warning it says "Isolated as in Studio"
    only when every glance fact was measured good (and the ids are remapped, in a Studio app)."""
    reason = (report.get("errors") or {}).get("findings")
    if reason:  # no finding is known, so none can be said to be absent
        return {"tone": "unknown", "text": f"Findings unknown: {reason}"}
    findings = report.get("findings") or []
    critical = [f for f in findings if f.get("severity") == "critical"]
    warnings = [f for f in findings if f.get("severity") == "warning"]
    if len(critical) == 1:
        return {"tone": "critical", "text": f"Critical: {critical[0].get('title')}"}
    if critical:
        return {
            "tone": "critical",
            "text": f"Critical: {critical[0].get('title')} (+{len(critical) - 1} more)",
        }
    if warnings:
        return {"tone": "warning", "text": _plural(len(warnings), "warning", "warnings")}
    lines = glance(report) if lines is None else lines
    if any(line["tone"] in ("critical", "warning") for line in lines):
        return {"tone": "warning", "text": "Not isolated as in Studio"}
    unknown = sum(1 for line in lines if line["tone"] == "unknown")
    if unknown:
        return {"tone": "unknown", "text": _plural(unknown, "fact unknown", "facts unknown")}
    studio_like = (
        (report.get("user_namespace") or {}).get("remapped") is True
        and (report.get("metadata") or {}).get("found") is True
        and all(line["tone"] == "ok" for line in lines)
    )
    if studio_like:
        return {"tone": "ok", "text": "Isolated as in Studio"}
    return {"tone": "neutral", "text": "No warnings"}


def sections(report: dict) -> list[dict]:
    """Every section the report has, in display order, with its one title."""
    return [{"id": key, "title": title} for key, title in SECTIONS if key in report]


def finding_counts(report: dict) -> dict:
    findings = report.get("findings") or []
    return {
        severity: sum(1 for f in findings if f.get("severity") == severity)
        for severity in SEVERITY_ORDER
    }


def summarize(report: dict) -> dict:
    """The ``summary`` key: verdict, glance, sections, severity order and finding counts."""
    lines = glance(report)
    counts = finding_counts(report)
    return {
        "verdict": verdict(report, lines),
        "glance": lines,
        "sections": sections(report),
        "severity_order": list(SEVERITY_ORDER),
        "finding_counts": counts,
        "worst_severity": next((s for s in SEVERITY_ORDER if counts[s]), None),
    }


# --- the tone of every judged fact --------------------------------------------------------


def sudo_root(run_as: dict) -> str | None:
    """What passwordless sudo gives this user, the one judgement the findings, the tones and
    the metrics read: "host-root" (uid 0 here is uid 0 on the host, user_namespaces(7)),
    "container-root" (root here is another host uid), or None (no passwordless sudo seen, the
    user is root already, or the uid map is unknown)."""
    root_host_uid = run_as.get("root_host_uid")
    if run_as.get("sudo") != "yes" or run_as.get("uid") in (None, 0):
        return None
    if not isinstance(root_host_uid, int):
        return None
    return "host-root" if root_host_uid == 0 else "container-root"


def _run_as_tones(run_as: dict, userns: dict) -> dict:
    sudo = run_as.get("sudo")
    root_host_uid = run_as.get("root_host_uid")
    if sudo not in ("yes", "no"):
        sudo_tone = _unknown(
            "unknown",
            run_as.get("sudo_detail"),
            "Whether sudo asks for a password was not checked or could not be told.",
        )
    elif sudo_root(run_as) == "host-root":
        sudo_tone = _tone(
            "critical", "yes", "Root in this container is root on the host: uid 0 is not remapped."
        )
    else:
        sudo_tone = _tone("neutral", sudo, run_as.get("sudo_detail"))
    if root_host_uid is None:
        root_tone = _unknown(
            "unknown", userns.get("error"), "The uid map could not be read, or uid 0 is not in it."
        )
    elif root_host_uid == 0 and (run_as.get("uid") == 0 or sudo == "yes"):
        # As the findings say: root-not-remapped, sudo-to-host-root.
        root_tone = _tone(
            "critical",
            "host root: uid 0 is not remapped",
            "This process is root, or may become root with sudo, and root here is root on the "
            "host.",
        )
    elif root_host_uid == 0:
        root_tone = _tone(
            "warning",
            "host root: uid 0 is not remapped",
            "A root process here would be root on the host; this user is not root and has no "
            "passwordless sudo that was seen.",
        )
    else:
        root_tone = _tone("neutral", f"host uid {root_host_uid}")
    return {
        fact_key("run_as", "sudo"): sudo_tone,
        # Shown with the user namespace: it is read from the uid map.
        fact_key("user_namespace", "root_host_uid"): root_tone,
    }


def _user_namespace_tones(userns: dict) -> dict:
    remapped, host_uid = userns.get("remapped"), userns.get("host_uid")
    why = userns.get("error")
    if remapped is None:
        remapped_tone = _unknown("unknown", why, "uid_map could not be read.")
    elif remapped:
        remapped_tone = _tone("ok", "remapped", "The ids inside differ from the host's.")
    else:
        remapped_tone = _tone(
            "critical" if host_uid == 0 else "warning",
            "not remapped",
            "The ids inside are the host's ids.",
        )
    if host_uid is None:
        host_tone = _unknown("unknown", why, "uid_map could not be read or does not map this uid.")
    elif host_uid == 0:
        host_tone = _tone("critical", "0", "This process is root on the host.")
    else:
        host_tone = _tone("neutral", host_uid)
    return {
        fact_key("user_namespace", "remapped"): remapped_tone,
        fact_key("user_namespace", "host_uid"): host_tone,
    }


def _home_tones(home: dict) -> dict:
    why = home.get("error")
    exists = home.get("exists")
    tones = {}
    if exists is None:
        tones[fact_key("home", "exists")] = _unknown(
            "unknown", why, "The home directory could not be examined."
        )
    elif exists is False:
        tones[fact_key("home", "exists")] = _tone(
            "warning", "no", "Your home in the user database, but there is nothing there."
        )
    else:
        tones[fact_key("home", "exists")] = _tone("neutral", "yes")
    if not exists:
        reason = why or "The home directory could not be examined."
        for field in ("owner_uid", "owner_is_run_as", "owner_unmapped", "host_owner_uid", "mode"):
            tones[fact_key("home", field)] = _unknown("unknown", reason, reason)
        return tones

    unmapped = home.get("owner_unmapped")
    is_run_as = home.get("owner_is_run_as")
    owner = id_name(home.get("owner_uid"), home.get("owner_name"))
    if unmapped:
        owner_tone = _tone(
            "warning", owner, "Its owner on the host has no id inside this container."
        )
    elif is_run_as is False:
        owner_tone = _tone("warning", owner, "Not the user this runs as.")
    elif is_run_as is None or home.get("owner_uid") is None:
        owner_tone = _unknown(owner, why, "The owner could not be read.")
    else:
        owner_tone = _tone("ok", owner, "The user this runs as.")
    tones[fact_key("home", "owner_uid")] = owner_tone

    if is_run_as is None:
        tones[fact_key("home", "owner_is_run_as")] = _unknown(
            "unknown", why, "The owner could not be read."
        )
    else:
        tones[fact_key("home", "owner_is_run_as")] = _tone(
            "ok" if is_run_as else "warning", _yes_no(is_run_as)
        )

    if unmapped is None:
        tones[fact_key("home", "owner_unmapped")] = _unknown(
            "unknown", why, "The owner could not be read."
        )
    elif unmapped:
        tones[fact_key("home", "owner_unmapped")] = _tone(
            "warning",
            "unmapped: the host owner has no id inside this container",
            "It shows as the overflow uid (nobody).",
        )
    else:
        tones[fact_key("home", "owner_unmapped")] = _tone("neutral", "mapped")

    host_owner_uid = home.get("host_owner_uid")
    tones[fact_key("home", "host_owner_uid")] = (
        _unknown(
            "unknown",
            why,
            "The owner is not mapped into this container, or the uid map could not be read.",
        )
        if host_owner_uid is None
        else _tone("neutral", host_owner_uid)
    )

    mode = home.get("mode")
    bits = int(mode, 8) if isinstance(mode, str) and mode.isdigit() else None
    if bits is None:
        mode_tone = _unknown("unknown", why, "The mode could not be read.")
    elif bits & 0o002 and not bits & 0o1000:
        mode_tone = _tone(
            "critical", mode, "Anyone in this container may add, replace or delete files there."
        )
    elif bits & 0o007:
        mode_tone = _tone("warning", mode, "Other users have access to it.")
    else:
        mode_tone = _tone("ok", mode, "Other users have no access to it.")
    tones[fact_key("home", "mode")] = mode_tone
    return tones


def _metadata_tones(metadata: dict) -> dict:
    found, read_only = metadata.get("found"), metadata.get("read_only")
    if found is False:
        tone = _tone(
            "neutral",
            "not found",
            "There is no app metadata file: this does not look like a Studio app.",
        )
    elif read_only is True:
        tone = _tone("ok", "read-only", "Its file system is mounted read-only, as in Studio.")
    elif read_only is False:
        tone = _tone("warning", "read-write", "It should be mounted read-only, as Studio does.")
    else:
        tone = _unknown(
            "unknown",
            metadata.get("error"),
            "Whether its file system is mounted read-only could not be read.",
        )
    return {fact_key("metadata", "read_only"): tone}


def endpoint_tone(endpoint: dict) -> dict:
    """An endpoint's status judged against what is expected of it; the tone agrees with the
    finding the same endpoint gives (IMDS reachable is critical, anything else unexpected is a
    warning; a route to an endpoint expected blocked is a warning)."""
    status, expected = endpoint.get("status"), endpoint.get("expected")
    text = STATUS_TEXT.get(status, "unknown")
    detail = endpoint.get("detail") or None
    if status not in ("blocked", "reachable", "routable"):
        return _unknown(text, detail, "The endpoint could not be checked.")
    if status == expected:
        return _tone("ok", text, detail)
    if expected == "blocked" and status == "reachable":
        imds = str(endpoint.get("id", "")).startswith("imds-")
        return _tone("critical" if imds else "warning", text, detail)
    if expected == "blocked" and status == "routable":
        return _tone("warning", text, f"No route rule blocks it. {ROUTABLE_REASON}")
    if status == "routable":
        return _tone("neutral", text, ROUTABLE_REASON)
    return _tone("warning", text, detail)


def _endpoint_tones(endpoints: list[dict]) -> dict:
    return {
        fact_key("endpoints", identity=e.get("id"), item_field="status"): endpoint_tone(e)
        for e in endpoints
    }


def _capability_tones(capabilities: dict) -> dict:
    beyond = capabilities.get("beyond_docker_default") or []
    unread = capabilities.get("error") and not capabilities.get("bounding")
    if unread:
        tone = _unknown("unknown", capabilities.get("error"), "The bounding set could not be read.")
    elif beyond:
        tone = _tone(
            "warning", ", ".join(beyond), "A default container does not have these capabilities."
        )
    else:
        tone = _tone("ok", "none", "The bounding set is within Docker's defaults.")
    tones = {fact_key("capabilities", "beyond_docker_default"): tone}
    for name in beyond:
        tones[fact_key("capabilities", "bounding", name)] = _tone(
            "warning", name, "Not in Docker's default set."
        )
    return tones


def _storage_tones(storage: list[dict]) -> dict:
    tones = {}
    for entry in storage:
        read_only = entry.get("read_only")
        tones[fact_key("storage", identity=entry.get("path"), item_field="read_only")] = (
            _unknown(
                read_only_text(None), None, "No mount holding this path was found in mountinfo."
            )
            if read_only is None
            else _tone("neutral", read_only_text(read_only))
        )
    return tones


def mount_row_text(mount: dict) -> str:
    """A mount's facts on one line, as every view words them."""
    owner = id_name(mount.get("owner_uid"), mount.get("owner_name"))
    if mount.get("owner_unmapped"):
        owner += " (not mapped into this container)"
    elif mount.get("host_owner_uid") is not None:
        owner += f", host uid {mount.get('host_owner_uid')}"
    facts = [
        f"{mount.get('filesystem') or 'unknown'} from {mount.get('mount_source') or 'unknown'}",
        read_only_text(mount.get("read_only")),
        f"owner {owner}",
        f"mode {mount.get('mode') or 'unknown'}",
        f"writable by you: {_yes_no(mount.get('writable'))}",
    ]
    if mount.get("error"):
        facts.append(str(mount["error"]))
    return ", ".join(facts)


def _mount_tones(mounts: list[dict]) -> dict:
    tones = {}
    for mount in mounts:
        path, why = mount.get("path"), mount.get("error")
        # Under /opt/ml an owner outside the map or a read-only mount is the platform's: expected.
        app = mount.get("role") == "app"
        unmapped, writable = mount.get("owner_unmapped"), mount.get("writable")
        if unmapped is None:
            unmapped_tone = _unknown("unknown", why, "The owner could not be read.")
        elif unmapped:
            unmapped_tone = _tone(
                "neutral" if app else "warning",
                "not mapped into this container",
                "Under /opt/ml the platform's owner is expected."
                if app
                else "Its owner on the file system is a uid not mapped into this container.",
            )
        else:
            unmapped_tone = _tone("neutral", "mapped")
        if writable is None:
            writable_tone = _unknown("unknown", why, "access(W_OK) could not be asked.")
        elif writable:
            writable_tone = _tone(
                "neutral", "yes", "Checked with access(W_OK); nothing was written."
            )
        else:
            writable_tone = _tone(
                "neutral" if app else "warning",
                "no",
                "Checked with access(W_OK); nothing was written.",
            )
        read_only = _tone("neutral", read_only_text(mount.get("read_only")))
        row = [unmapped_tone["tone"], writable_tone["tone"]]
        # An unknown under /opt/ml is not worth marking the row: nothing there is judged.
        row_tone = _worst([t for t in row if not (app and t == "unknown")])
        tones.update(
            {
                fact_key("mounts", identity=path, item_field="read_only"): read_only,
                fact_key("mounts", identity=path, item_field="owner_unmapped"): unmapped_tone,
                fact_key("mounts", identity=path, item_field="writable"): writable_tone,
                fact_key("mounts", identity=path): _tone(row_tone, mount_row_text(mount), why),
            }
        )
    return tones


def _credentials_tones(credentials: dict) -> dict:
    status = credentials.get("status")
    text = STATUS_TEXT.get(status, "unknown")
    detail = credentials.get("detail") or None
    variable_set = credentials.get("relative_uri_set")
    if status not in ("blocked", "reachable", "routable"):
        tone = _unknown(text, credentials.get("error") or detail, "The endpoint was not checked.")
    elif status == "blocked" and variable_set:
        tone = _tone(
            "warning",
            text,
            f"{detail + ' ' if detail else ''}The credentials variable is set, so the AWS SDK "
            "cannot get the execution role's credentials.",
        )
    elif status == "blocked":
        tone = _tone(
            "neutral", text, f"{detail + ' ' if detail else ''}No credentials variable is set."
        )
    elif status == "routable":
        tone = _tone("neutral", text, ROUTABLE_REASON)
    else:
        tone = _tone("ok", text, detail)
    return {fact_key("credentials", "status"): tone}


def _context_tones(context: dict) -> dict:
    moved = context.get("home_moved")
    if moved is None:
        tone = _unknown(
            "unknown",
            None,
            "HOME is not set, or the home directory of the user database is unknown.",
        )
    elif moved:
        tone = _tone(
            "neutral",
            "yes",
            f"HOME is {context.get('home_env')}, not the home directory of the user database; "
            "Studio's recovery mode does this, and files saved there are not kept.",
        )
    else:
        tone = _tone("neutral", "no")
    return {fact_key("context", "home_moved"): tone}


def socket_row_text(socket: dict) -> str:
    """A runtime socket's facts on one line, as every view words them."""
    facts = [str(socket.get("runtime"))]
    if socket.get("symlink_to"):
        facts.append(f"symlink to {socket['symlink_to']}")
    facts.append(f"socket: {_yes_no(socket.get('is_socket'))}")
    facts.append(f"writable by you: {_yes_no(socket.get('writable'))}")
    if socket.get("error"):
        facts.append(str(socket["error"]))
    return ", ".join(facts)


def _wall_tones(walls: dict, run_as: dict) -> dict:
    tones = {}
    for socket in walls.get("runtime_sockets") or []:
        path, why = socket.get("path"), socket.get("error")
        is_socket, writable = socket.get("is_socket"), socket.get("writable")
        runtime = socket.get("runtime")
        # Only a real socket is an API: a file or directory at a socket's path is not.
        if writable:
            writable_tone = _tone(
                "critical", "yes", f"Writing to the {runtime} API means control of the host."
            )
            row = "critical"
        elif is_socket is False:
            writable_tone = _tone("neutral", _yes_no(writable), "Not a socket.")
            row = "neutral"
        elif is_socket is None or writable is None:
            writable_tone = _unknown("unknown", why, "The path could not be examined.")
            row = "warning" if is_socket else "unknown"
        else:
            writable_tone = _tone(
                "warning",
                "no",
                f"Not writable by this user, but whoever becomes root here controls the "
                f"{runtime} API.",
            )
            row = "warning"
        tones[fact_key("walls", "runtime_sockets", path, "writable")] = writable_tone
        tones[fact_key("walls", "runtime_sockets", path)] = _tone(row, socket_row_text(socket), why)

    token = walls.get("service_account_token") or {}
    present = token.get("present")
    if present is None:
        token_tone = _unknown(
            "unknown", token.get("error"), "Whether the token is mounted is unknown."
        )
    elif present:
        token_tone = _tone(
            "warning",
            "yes",
            "Code here can act as the pod's service account (the token was not read).",
        )
    else:
        token_tone = _tone("neutral", "no")
    tones[fact_key("walls", "service_account_token")] = token_tone

    root_on_host = run_as.get("uid") == 0 and run_as.get("root_host_uid") == 0
    for field, path in (
        ("proc_sys_read_only", "/proc/sys"),
        ("cgroup_read_only", "/sys/fs/cgroup"),
    ):
        value = walls.get(field)
        if value is None:
            tone = _unknown("unknown", None, f"No mount holding {path} was found in mountinfo.")
        elif value is False and root_on_host:
            tone = _tone(
                "warning", "no", "Mounted read-write, and this process is root on the host."
            )
        else:
            tone = _tone("neutral", _yes_no(value))
        tones[fact_key("walls", field)] = tone
    return tones


# The Pod Security Standards level and each control's status, as every view words them.
POLICY_LEVEL_TEXT = {
    "restricted": ("ok", "Restricted"),
    "baseline": ("neutral", "Baseline"),
    "privileged": ("warning", "Privileged (below Baseline)"),
}
CONTROL_STATUS_TEXT = {
    "met": ("ok", "met"),
    "not_met": ("warning", "not met"),
    "unmeasured": ("neutral", "not measurable from inside"),
    "unknown": ("unknown", "unknown"),
}


def _policy_tones(policy: dict) -> dict:
    level = policy.get("level")
    text = policy.get("level_text")
    if level in POLICY_LEVEL_TEXT:
        tones = {fact_key("policy", "level"): _tone(*POLICY_LEVEL_TEXT[level], text)}
    else:
        tones = {fact_key("policy", "level"): _unknown("unknown", text, "No level was decided.")}
    for control in policy.get("controls") or []:
        tone, wording = CONTROL_STATUS_TEXT.get(control.get("status"), ("unknown", "unknown"))
        why = "; ".join(str(v) for v in (control.get("measured"), control.get("detail")) if v)
        if tone == "unknown":
            entry = _unknown(wording, why, "The fact this control needs could not be read.")
        else:
            entry = _tone(tone, wording, why or None)
        tones[fact_key("policy", "controls", control.get("id"), "status")] = entry
    return tones


def _kernel_tones(kernels: list[dict]) -> dict:
    tones = {}
    for kernel in kernels:
        identity = kernel.get("id")
        if not kernel.get("local") or "uid" not in kernel:
            continue  # not a local process: its error says so, there is nothing to judge
        why = kernel.get("error")
        host_uid = kernel.get("host_uid")
        if host_uid is None:
            host_tone = _unknown("unknown", why, "The kernel's uid map could not be read.")
        elif host_uid == 0 and kernel.get("uid") == 0:
            host_tone = _tone("critical", "0", "The kernel runs as root on the host.")
        else:
            host_tone = _tone("neutral", host_uid)
        beyond = (kernel.get("capabilities") or {}).get("beyond_docker_default")
        tones[fact_key("kernels", identity=identity, item_field="host_uid")] = host_tone
        if beyond is not None:
            tones[fact_key("kernels", identity=identity, item_field="capabilities")] = (
                _tone("warning", ", ".join(beyond), "A default container does not have these.")
                if beyond
                else _tone("ok", "none", "Within Docker's defaults.")
            )
    return tones


def tones(report: dict) -> dict:
    """The ``tones`` key: every judged fact's tone, its one wording and why."""
    run_as = report.get("run_as") or {}
    userns = report.get("user_namespace") or {}
    result = {
        **_run_as_tones(run_as, userns),
        **_user_namespace_tones(userns),
        **_home_tones(report.get("home") or {}),
        **_metadata_tones(report.get("metadata") or {}),
        **_endpoint_tones(report.get("endpoints") or []),
        **_capability_tones(report.get("capabilities") or {}),
        **_storage_tones(report.get("storage") or []),
    }
    if "mounts" in report:
        result.update(_mount_tones(report.get("mounts") or []))
    if "credentials" in report:
        result.update(_credentials_tones(report.get("credentials") or {}))
    if "context" in report:
        result.update(_context_tones(report.get("context") or {}))
    if "walls" in report:
        result.update(_wall_tones(report.get("walls") or {}, run_as))
    if "kernels" in report:
        result.update(_kernel_tones(report.get("kernels") or []))
    if "limits" in report:
        result.update(limit_tones(report.get("limits") or {}))
    if "policy" in report:
        result.update(_policy_tones(report.get("policy") or {}))
    return result


def judge(report: dict) -> dict:
    """``{"summary": …, "tones": …}`` for a report that has its findings."""
    return {"summary": summarize(report), "tones": tones(report)}


def unjudged(report: dict, reason: str) -> dict:
    """The judgement's shape when judging failed: every answer unknown, with the reason."""
    return {
        "summary": {
            "verdict": {"tone": "unknown", "text": f"Not judged: {reason}"},
            "glance": [
                {**_glance_line(line_id), "text": f"unknown: {reason}", "tone": "unknown"}
                for line_id, _, _ in GLANCE_LINES
            ],
            "sections": sections(report),
            "severity_order": list(SEVERITY_ORDER),
            "finding_counts": finding_counts(report),
            "worst_severity": None,
        },
        "tones": {},
    }


def judged(report: dict) -> dict:
    """The report with its judgement: as it is when it has one, else with one added (a report
    built by an older collector, or a section patched by hand in a test)."""
    if "summary" in report and "tones" in report:
        return report
    return {**report, **judge(report)}


# --- resource limits ----------------------------------------------------------------------------


def _limit_text(value, unlimited, unit=human_bytes) -> str:
    """A limit's one wording: its amount, "no limit" only when the kernel said so, else unknown."""
    if value is not None:
        return unit(value)
    return "no limit" if unlimited else "unknown"


def _count_of_limit(current: int | None, most: int | None, unlimited: bool | None) -> str:
    """A count against its limit in one wording: "12 of 100", "12, no limit", "unknown, no
    limit", "12, limit unknown", or "unknown" when neither is known."""
    count = "unknown" if current is None else str(current)
    if most is not None:
        return f"{count} of {most}"
    if unlimited:
        return f"{count}, no limit"
    return count if current is None else f"{count}, limit unknown"


def _limit_reason(part: dict, what: str) -> str:
    return part.get("error") or f"The {what} could not be read."


def limit_tones(limits: dict) -> dict:
    """The limits section's facts in people's units (the report keeps bytes and µs), judged as
    the findings judge them: OOM kills and a limit nearly reached are warnings."""
    memory = limits.get("memory") or {}
    cpu = limits.get("cpu") or {}
    pids = limits.get("pids") or {}
    why = limits.get("error")
    tones = {}

    limit, usage = memory.get("limit_bytes"), memory.get("usage_bytes")
    text = _limit_text(limit, memory.get("unlimited"))
    if limit is None and memory.get("unlimited") is None:
        tone = _unknown(text, why or memory.get("error"), "The memory limit could not be read.")
    elif limit and usage is not None and usage >= NEAR_LIMIT * limit:
        tone = _tone("warning", text, f"{human_bytes(usage)} of it is in use.")
    else:
        tone = _tone("neutral", text)
    tones[fact_key("limits", "memory.limit_bytes")] = tone
    for field in ("usage_bytes", "peak_bytes", "machine_bytes"):
        value = memory.get(field)
        tones[fact_key("limits", f"memory.{field}")] = (
            _tone("neutral", human_bytes(value))
            if value is not None
            else _unknown("unknown", why or memory.get("error"), "It could not be read.")
        )
    tones[fact_key("limits", "memory.swap_limit_bytes")] = _tone(
        "neutral", _limit_text(memory.get("swap_limit_bytes"), memory.get("swap_unlimited"))
    )

    kills = memory.get("oom_kill")
    if kills is None:
        tone = _unknown("unknown", why or _limit_reason(memory, "OOM kill count"), "")
    elif kills:
        tone = _tone(
            "warning",
            kills,
            "Processes of this cgroup were killed for lack of memory since it was created.",
        )
    else:
        tone = _tone("ok", kills, "No process of this cgroup has been killed for lack of memory.")
    tones[fact_key("limits", "memory.oom_kill")] = tone

    if cpu.get("quota_cpus") is not None:
        every = f"{cpu.get('quota_us')} µs every {cpu.get('period_us')} µs"
        quota = _tone("neutral", f"{cpu['quota_cpus']:g} CPUs ({every})")
    elif cpu.get("unlimited"):
        quota = _tone("neutral", "no limit")
    else:
        quota = _unknown("unknown", why or cpu.get("error"), "The CPU quota could not be read.")
    tones[fact_key("limits", "cpu.quota_cpus")] = quota
    usable = cpu.get("usable_cpus")
    tones[fact_key("limits", "cpu.usable_cpus")] = (
        _tone("neutral", f"{usable:g}")
        if usable is not None
        else _unknown("unknown", why or cpu.get("error"), "No CPU count could be read.")
    )

    current, most = pids.get("current"), pids.get("max")
    text = _count_of_limit(current, most, pids.get("unlimited"))
    if current is None or (most is None and pids.get("unlimited") is None):
        tone = _unknown(text, why or pids.get("error"), "The process count could not be read.")
    elif most and current >= NEAR_LIMIT * most:
        tone = _tone("warning", text, "New processes and threads fail at pids.max.")
    else:
        tone = _tone("neutral", text)
    tones[fact_key("limits", "pids.current")] = tone
    return tones
