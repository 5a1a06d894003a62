"""The context section's judge: what kind of Studio app this is and what that means for where
your code runs, and whether HOME is the user database's home."""

from __future__ import annotations

from .judging import Declared, Judge, emit, fact_key, tone, unknown

# What each kind of Studio app means, in the words the context section carries.
MEANINGS = {
    "classic": (
        "Studio Classic: this server hosts the interface; notebook kernels run in separate "
        "KernelGateway containers, as root by default, with their own identity and mounts. "
        "Inspect your kernel to see where your code runs."
    ),
    "new": (
        "New Studio: the server and its kernels run in this one container, as the run-as user; "
        "the home is the space's own volume."
    ),
    "other": "A SageMaker app of another kind; its kernels may run elsewhere.",
}

FINDINGS = {
    "studio-classic": Declared(
        "info",
        "context",
        "Studio Classic: kernels run in other containers.",
        "context.studio",
        "Studio Classic: kernels run elsewhere",
        "This is a Studio Classic app. Notebook kernels run in separate KernelGateway "
        "containers, as root by default, with their own identity: this report describes the "
        "server. Inspect your kernel to see where your code runs.",
    ),
}


def meaning(kind: str | None) -> str | None:
    """What a kind of Studio app (context.studio) means; None outside Studio."""
    return MEANINGS.get(kind) if kind else None


def find(report: dict, given: dict) -> list[dict]:
    if (report.get("context") or {}).get("studio") == "classic":
        return [emit(FINDINGS, "studio-classic")]
    return []


def tones(report: dict) -> dict:
    context = report.get("context") or {}
    moved = context.get("home_moved")
    if moved is None:
        moved_tone = unknown(
            "unknown",
            None,
            "HOME is not set, or the home directory of the user database is unknown.",
        )
    elif moved:
        moved_tone = tone(
            "neutral",
            "yes",
            f"HOME is {context.get('home_env')}, not the home directory of the user database; "
            "Studio's recovery mode does this, and files saved there are not kept.",
        )
    else:
        moved_tone = tone("neutral", "no")
    return {fact_key("context", "home_moved"): moved_tone}


JUDGE = Judge("context", FINDINGS, find, tones)
