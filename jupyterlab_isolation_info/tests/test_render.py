"""The text and Markdown renderings draw the collector's judgement, and escape one way."""

import copy
import json
from pathlib import Path

import pytest
from golden import build_golden

from jupyterlab_isolation_info.collector import context, escape, render, render_explain
from jupyterlab_isolation_info.collector.render import to_markdown, to_text

# The table jest reads too (src/__tests__/escape.spec.ts): one policy, two languages.
ESCAPES = json.loads((Path(__file__).parent / "escapes.json").read_text(encoding="utf-8"))["rows"]


@pytest.mark.parametrize("row", ESCAPES, ids=[row["class"] for row in ESCAPES])
def test_visible_escapes_as_the_shared_table_says(row):
    assert render.visible(row["text"]) == row["escaped"]
    assert render.visible(row["escaped"]) == row["escaped"]  # escaping twice changes nothing


def test_the_table_covers_every_class_of_code_point():
    classes = "\n".join(row["class"] for row in ESCAPES)
    for word in (
        "C0 control", "DEL", "C1 control", "bidi", "format", "space separator",
        "line separator", "paragraph separator", "private use", "unassigned", "lone surrogate",
        "astral", "ordinary",
    ):  # fmt: skip
        assert word in classes


def test_the_renderings_and_the_context_section_escape_with_the_one_policy():
    assert render.visible is escape.visible
    # Context values from a hostile metadata file: escaped the same way, then never again.
    value = "alice\u202e\u2003space\x1b"
    assert context.clean(value) == "alice\\u202e\\u2003space\\x1b"
    assert render.visible(context.clean(value)) == context.clean(value)


def studio() -> dict:
    return build_golden("studio-sagemaker-user")


@pytest.mark.parametrize("render_report", [to_text, to_markdown])
def test_the_renderings_show_the_verdict_and_the_glance(render_report):
    report = studio()
    rendered = render_report(report)
    assert report["summary"]["verdict"]["text"] in rendered
    for line in report["summary"]["glance"]:
        assert line["label"] in rendered
        assert line["text"].split(",")[0] in rendered


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("home.mode", "Mode"),
        ("user_namespace.remapped", "Remapped"),
        ("metadata.read_only", "Read-only"),
        ("capabilities.beyond_docker_default", "Beyond Docker's defaults"),
        ("endpoints[imds-ipv4].status", "Instance metadata service (IPv4)"),
        ("credentials.status", "Endpoint (169.254.170.2:80)"),
        ("mounts[/home/sagemaker-user]", "/home/sagemaker-user (home)"),
        ("storage[/tmp].read_only", "/tmp"),
        ("walls.service_account_token", "Service-account token"),
        ("context.home_moved", "HOME moved"),
        ("user_namespace.root_host_uid", "Root (uid 0) on the host"),
    ],
)
def test_the_renderings_word_each_fact_as_the_collector_does(key, label):
    report = studio()
    assert key in report["tones"]
    report["tones"][key]["text"] = "THE COLLECTOR'S WORDING"
    text = to_text(report)
    (row,) = [line for line in text.splitlines() if line.strip().startswith(label)]
    assert "THE COLLECTOR'S WORDING" in row
    assert "THE COLLECTOR\\'S WORDING" in to_markdown(report) or (
        "THE COLLECTOR'S WORDING" in to_markdown(report)
    )


@pytest.mark.parametrize("render_report", [to_text, to_markdown])
def test_the_renderings_follow_the_collectors_section_order_and_titles(render_report):
    report = studio()
    sections = report["summary"]["sections"]
    report["summary"]["sections"] = [sections[0], *reversed(sections[1:])]
    report["summary"]["sections"][-1]["title"] = "Who runs here"  # run_as, now last
    rendered = render_report(report)
    assert rendered.index("Kernels") < rendered.index("Storage") < rendered.index("Who runs here")
    assert "Run-as user" not in rendered


def test_a_mount_row_reads_read_only_unknown_never_read_write():
    report = studio()
    del report["summary"], report["tones"]
    mount = copy.deepcopy(report["mounts"][1])
    mount["read_only"] = None
    report["mounts"] = [mount]
    assert "read-only unknown" in to_text(report)  # judged on the way: a hand-built report


@pytest.mark.parametrize("render_report", [to_text, to_markdown])
def test_a_report_without_a_judgement_is_judged_by_the_collector(render_report):
    report = studio()
    expected = render_report(report)
    del report["summary"], report["tones"]
    assert render_report(report) == expected


# --- one path's explanation (render_explain) ----------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures"


def sandbox_answer() -> dict:
    """The answer the jest tests render too: `explain --json` of a root-owned file."""
    path = FIXTURES / "explain" / "sandbox-root-owned.json"
    return json.loads(path.read_text(encoding="utf-8"))


def with_entries(answer: dict) -> dict:
    answer["entries"] = {
        "count": 12, "looked_at": 12, "not_looked_at": 0, "complete": True, "cannot_modify": 5,
        "by_owner": [], "named": [{"name": "a.txt", "uid": 0, "mode_text": "-rw-r--r--",
                                   "reasons": ["owner"]}],
        "error": None, "basis": None,
    }  # fmt: skip
    return answer


REASONS = [
    "The 4 steps that lead to the file browser's root are not shown: this server shows only "
    "what lies inside it.",
    "Hidden names are not shown (ContentsManager.allow_hidden is off).",
]


def test_the_text_counts_what_the_explanation_leaves_out_and_says_why():
    answer = with_entries(sandbox_answer())
    answer["withheld"] = {"walk_steps": 4, "entries": 3, "reasons": REASONS}
    lines = render_explain.to_text(answer).splitlines()
    walk = lines.index("Walk (every component from /)")
    entries = lines.index("Entries")
    last_step = walk + len(answer["walk"])
    assert lines[last_step + 1 : entries - 1] == [
        "  4 steps of the lookup are not shown.",
        *(f"  {reason}" for reason in REASONS),
    ]
    assert lines[entries + 1 : entries + 4] == [
        "  5 of 12 entries looked at cannot be modified or removed by you; 0 not looked at.",
        "  first named: a.txt",
        "  … and 3 more not named.",
    ]
    assert sum(REASONS[0] in line for line in lines) == 1  # said once


def test_the_markdown_counts_what_the_explanation_leaves_out_escaped():
    answer = with_entries(sandbox_answer())
    reasons = ["Hidden names are not shown (*allow_hidden* | <b>off</b>).\u202e"]
    answer["withheld"] = {"walk_steps": 1, "entries": 3, "reasons": reasons}
    lines = render_explain.to_markdown(answer).splitlines()
    walk = lines.index("### Walk")
    rows = walk + 4 + len(answer["walk"])  # the blank line, the header, the rule, the rows
    assert lines[rows : rows + 4] == [
        "",
        "- 1 step of the lookup is not shown.",
        f"- {render.literal_markdown(reasons[0])}",
        "",
    ]
    assert "<b>" not in "\n".join(lines) and "\\u202e" in lines[rows + 2]
    assert "- … and 3 more not named." in lines[lines.index("### Entries") :]


def test_the_reasons_go_with_the_entries_when_only_names_are_left_out():
    answer = with_entries(sandbox_answer())
    answer["withheld"] = {"walk_steps": 0, "entries": 3, "reasons": REASONS[1:]}
    text = render_explain.to_text(answer)
    assert "of the lookup" not in text
    assert text.index("… and 3 more not named.") < text.index(REASONS[1])
    assert text.index("Entries") < text.index(REASONS[1])


@pytest.mark.parametrize("render_answer", [render_explain.to_text, render_explain.to_markdown])
def test_nothing_left_out_changes_nothing(render_answer):
    answer = with_entries(sandbox_answer())
    assert answer["withheld"] is None
    rendered = render_answer(answer)
    del answer["withheld"]
    assert render_answer(answer) == rendered
    assert "not shown" not in rendered and "not named" not in rendered
