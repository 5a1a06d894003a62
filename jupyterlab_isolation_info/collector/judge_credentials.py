"""The credentials section's judge: can the AWS SDK here get the execution role's credentials."""

from __future__ import annotations

from .judge_run_as import sudo_without_root
from .judging import STATUS_TEXT, Declared, Judge, emit, fact_key, probe_tone, tone

FINDINGS = {
    "credentials-endpoint-blocked": Declared(
        "warning",
        "credentials",
        "The container credentials endpoint has no route.",
        "credentials.status",
        "The credentials endpoint is unroutable",
        "The container credentials variable is set, but the route to {host}:{port} is refused: "
        "{detail} The AWS SDK in your code cannot get the execution role's credentials.",
    ),
    "credentials-dropped-by-sudo": Declared(
        "info",
        "credentials",
        "sudo resets the variable that finds the credentials.",
        "credentials.relative_uri_set",
        "sudo drops the credentials variable",
        "Your code finds the execution role's credentials through "
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, and sudo resets the environment, so commands "
        "run with sudo (and cron jobs) have no credentials. Use "
        "`sudo --preserve-env=AWS_CONTAINER_CREDENTIALS_RELATIVE_URI …` (or `sudo -E`).",
    ),
}


def find(report: dict, given: dict) -> list[dict]:
    credentials = report.get("credentials") or {}
    run_as = report.get("run_as") or {}
    findings = []
    variable_set = credentials.get("relative_uri_set")
    if variable_set and credentials.get("status") == "blocked":
        findings.append(
            emit(
                FINDINGS,
                "credentials-endpoint-blocked",
                host=credentials.get("host"),
                port=credentials.get("port"),
                detail=credentials.get("detail"),
            )
        )
    if variable_set and sudo_without_root(run_as):
        findings.append(emit(FINDINGS, "credentials-dropped-by-sudo"))
    return findings


def _status_tone(credentials: dict) -> dict:
    status = credentials.get("status")
    detail = credentials.get("detail") or None
    decided = probe_tone(
        status, credentials.get("error") or detail, "The endpoint was not checked."
    )
    if decided is not None:
        return decided
    text = STATUS_TEXT.get(status, "unknown")
    if status == "blocked" and credentials.get("relative_uri_set"):
        return tone(
            "warning",
            text,
            f"{detail + ' ' if detail else ''}The credentials variable is set, so the AWS SDK "
            "cannot get the execution role's credentials.",
        )
    if status == "blocked":
        return tone(
            "neutral", text, f"{detail + ' ' if detail else ''}No credentials variable is set."
        )
    return tone("ok", text, detail)


def tones(report: dict) -> dict:
    return {fact_key("credentials", "status"): _status_tone(report.get("credentials") or {})}


JUDGE = Judge("credentials", FINDINGS, find, tones)
