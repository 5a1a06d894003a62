"""render_explain: an explanation leads with what is refused; what is allowed folds to a line."""

from __future__ import annotations

import json
from pathlib import Path

from jupyterlab_isolation_info.collector import render_explain

FIXTURE = Path(__file__).parent / "fixtures" / "explain" / "sandbox-root-owned.json"


def answer_with(**allowed) -> dict:
    answer = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for name, value in allowed.items():
        answer["operations"][name] = {
            "allowed": value,
            "measured": True,
            "reason": f"why {name}",
            "fix": None if value is not False else f"fix {name}",
        }
    return answer


MIXED = {
    "read": True,
    "write": False,
    "create": None,
    "delete": True,
    "chmod": False,
    "execute": None,
}


def test_text_puts_refused_then_unknown_then_one_allowed_line():
    lines = render_explain.to_text(answer_with(**MIXED)).splitlines()
    start = lines.index("Operations") + 1
    assert lines[start : start + 13] == [
        "  Write (modify)    NO (measured)",
        "      why: why write",
        "      fix: fix write",
        "  Change mode       NO (measured)",
        "      why: why chmod",
        "      fix: fix chmod",
        "  Create inside     unknown",
        "      why: why create",
        "  Execute (enter)   unknown",
        "      why: why execute",
        "  Allowed: read, delete",
        "      Read (list), yes (measured): why read",
        "      Delete or rename, yes (measured): why delete",
    ]


def test_markdown_folds_the_allowed_into_a_details_after_the_refused():
    text = render_explain.to_markdown(answer_with(**MIXED))
    section = text[text.index("### Operations") : text.index("### Walk")]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in rows] == [
        "| Operation",
        "| Write (modify)",
        "| Change mode",
        "| Create inside",
        "| Execute (enter)",
        "| Operation",
        "| Read (list)",
        "| Delete or rename",
    ]
    assert "<details><summary>Allowed: read, delete</summary>" in section
    assert section.index("Change mode") < section.index("<details>")
    assert section.rstrip().endswith("</details>")


def test_markdown_with_everything_allowed_is_one_folded_line():
    everything = dict.fromkeys(MIXED, True)
    section = render_explain.to_markdown(answer_with(**everything)).split("### Walk")[0]
    section = section.split("### Operations")[1]
    assert section.strip().splitlines()[0] == (
        "<details><summary>Allowed: read, write, create, delete, chmod, execute</summary>"
    )
    assert "What to do" not in section


def test_nothing_allowed_has_no_allowed_line():
    refused = dict.fromkeys(MIXED, False)
    assert "Allowed:" not in render_explain.to_text(answer_with(**refused))
    assert "<details>" not in render_explain.to_markdown(answer_with(**refused))
