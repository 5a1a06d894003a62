"""The storage section's judge: nothing to warn of, each path's read-only fact in words."""

from __future__ import annotations

from .judging import Judge, fact_key, read_only_text, tone, unknown

FINDINGS: dict = {}


def find(report: dict, given: dict) -> list[dict]:
    return []


def tones(report: dict) -> dict:
    tones = {}
    for entry in report.get("storage") or []:
        read_only = entry.get("read_only")
        tones[fact_key("storage", identity=entry.get("path"), item_field="read_only")] = (
            unknown(
                read_only_text(None), None, "No mount holding this path was found in mountinfo."
            )
            if read_only is None
            else tone("neutral", read_only_text(read_only))
        )
    return tones


JUDGE = Judge("storage", FINDINGS, find, tones, tones_when_absent=True)
