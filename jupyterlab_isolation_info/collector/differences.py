"""Pure: where a kernel, which runs the user's code, and this server differ, in sentences.

The server sends what the comparison reads of its own report (``comparable``) inside the
kernel's request; the kernel compares it with its own report (``differences``) and carries the
result in that report's ``differences`` key, so the panel only draws the sentences.
"""

from __future__ import annotations

from .judging import STATUS_TEXT, fact_key

# What a difference's tone is when the kernel's judge gave its fact none: nothing to judge.
NEUTRAL = "neutral"
# The sentences' typographic apostrophe and the dash for a value there is none of.
APOSTROPHE, NONE = "\N{RIGHT SINGLE QUOTATION MARK}", "\N{EM DASH}"


def comparable(report: dict) -> dict:
    """The parts of a report that ``differences`` reads, shaped as the report: what the server
    puts in a kernel's request (no secret: ids, a home path, capability names, endpoint
    statuses, the app type)."""
    endpoints = [
        {"id": e.get("id"), "name": e.get("name"), "status": e.get("status")}
        for e in report.get("endpoints") or []
    ]
    tones = report.get("tones") or {}
    keys = [fact_key("endpoints", identity=e["id"], item_field="status") for e in endpoints]
    home = report.get("home")
    return {
        "run_as": {k: (report.get("run_as") or {}).get(k) for k in ("uid", "user")},
        "user_namespace": {"host_uid": (report.get("user_namespace") or {}).get("host_uid")},
        "home": None if home is None else {"path": home.get("path")},
        "capabilities": {
            "beyond_docker_default": (report.get("capabilities") or {}).get("beyond_docker_default")
        },
        "endpoints": endpoints,
        "metadata": {"fields": {"AppType": _app_type(report)}},
        "tones": {key: tones[key] for key in keys if key in tones},
    }


def _app_type(report: dict):
    return ((report.get("metadata") or {}).get("fields") or {}).get("AppType")


def _who(report: dict) -> str:
    run_as = report.get("run_as") or {}
    user = run_as.get("user")
    if user is None:
        user = f"uid {run_as.get('uid')}"
    host_uid = (report.get("user_namespace") or {}).get("host_uid")
    return f"{user} (host uid unknown)" if host_uid is None else f"{user} (host uid {host_uid})"


def _said(report: dict, key: str, status) -> str:
    """An endpoint's status in the collector's words, as its endpoint table shows it."""
    judged = (report.get("tones") or {}).get(key)
    if judged is not None:
        return judged.get("text")
    return STATUS_TEXT.get(status, str(status))


def _tone(kernel: dict, key: str) -> str:
    """The tone the kernel's judge gave the fact a difference is about (neutral without one)."""
    return ((kernel.get("tones") or {}).get(key) or {}).get("tone") or NEUTRAL


def _difference(kernel: dict, key: str, text: str, tone_key: str | None = None) -> dict:
    return {"id": key, "text": text, "tone": _tone(kernel, tone_key) if tone_key else NEUTRAL}


def differences(server: dict, kernel: dict) -> list[dict]:
    """Where the kernel's report and the server's differ: ``{id, text, tone}`` each, the id
    being the fact compared (``fact_key``), the tone the kernel's own for that fact. Empty when
    they agree on all that is compared: who runs (uid and host uid), the home, the capabilities
    beyond Docker's defaults the kernel keeps and the server does not, each endpoint's status,
    and the Studio app type."""
    found = []
    server_run_as, kernel_run_as = server.get("run_as") or {}, kernel.get("run_as") or {}
    host_uid = fact_key("user_namespace", "host_uid")
    if server_run_as.get("uid") != kernel_run_as.get("uid") or (
        (server.get("user_namespace") or {}).get("host_uid")
        != (kernel.get("user_namespace") or {}).get("host_uid")
    ):
        text = f"Your code runs as {_who(kernel)}; this server runs as {_who(server)}."
        found.append(_difference(kernel, "run_as", text, host_uid))

    def home_path(report: dict):
        return (report.get("home") or {}).get("path")

    if home_path(server) != home_path(kernel):
        kernel_home, server_home = home_path(kernel), home_path(server)
        text = (
            f"The kernel{APOSTROPHE}s home is {NONE if kernel_home is None else kernel_home}; "
            f"the server{APOSTROPHE}s is {NONE if server_home is None else server_home}."
        )
        found.append(_difference(kernel, fact_key("home", "path"), text))

    def beyond(report: dict) -> list:
        return (report.get("capabilities") or {}).get("beyond_docker_default") or []

    extra = [name for name in beyond(kernel) if name not in beyond(server)]
    if extra:
        key = fact_key("capabilities", "beyond_docker_default")
        text = f"The kernel keeps capabilities the server does not: {', '.join(extra)}."
        found.append(_difference(kernel, key, text, key))

    server_endpoints = {e.get("id"): e for e in server.get("endpoints") or []}
    for endpoint in kernel.get("endpoints") or []:
        endpoint_id, status = endpoint.get("id"), endpoint.get("status")
        server_status = (server_endpoints.get(endpoint_id) or {}).get("status")
        if server_status and server_status != status:
            key = fact_key("endpoints", identity=endpoint_id, item_field="status")
            text = (
                f"{endpoint.get('name')} is {_said(kernel, key, status)} from the kernel but "
                f"{_said(server, key, server_status)} from the server."
            )
            found.append(_difference(kernel, key, text, key))

    server_app, kernel_app = _app_type(server), _app_type(kernel)
    if server_app != kernel_app:
        text = (
            f"The kernel runs in a {NONE if kernel_app is None else kernel_app} app; "
            f"the server in a {NONE if server_app is None else server_app} app."
        )
        found.append(_difference(kernel, "metadata.fields.AppType", text))
    return found
