"""The text and Markdown renderings draw the collector's judgement, and escape one way."""

import copy
import json
from pathlib import Path

import pytest
from golden import build_golden

from jupyterlab_isolation_info.collector import context, escape, render
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
