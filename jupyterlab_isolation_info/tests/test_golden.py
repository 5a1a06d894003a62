"""Golden reports: captured files in, the committed report.json out, valid against the schema."""

import json
import re
from pathlib import Path

import pytest
from contract import SCHEMA_PATH, assert_valid
from golden import build_golden, cases, golden_path, serialize

from jupyterlab_isolation_info.collector.summary import SECTION_TITLES

REPO = Path(__file__).resolve().parents[2]


def test_there_is_a_golden_report_for_every_fixture_case():
    assert cases() == [
        "docker-root-seccomp",
        "host-root",
        "studio-efs-access-point",
        "studio-root-remapped",
        "studio-sagemaker-user",
    ]
    for case in cases():
        assert golden_path(case).exists(), case


def test_jest_reads_the_same_golden_reports():
    # src/__tests__/golden.ts names the cases jest may load, from this same fixtures folder.
    source = (REPO / "src" / "__tests__" / "golden.ts").read_text(encoding="utf-8")
    union = re.search(r"export type GoldenCase =([^;]*);", source).group(1)
    assert sorted(re.findall(r"'([^']+)'", union)) == cases()
    assert "'fixtures'" in source and "'report.json'" in source


@pytest.mark.parametrize("case", cases())
def test_the_collector_builds_the_golden_report(case):
    built = serialize(build_golden(case))
    assert built == golden_path(case).read_text(encoding="utf-8"), (
        f"{case}: run `make goldens` and review the diff"
    )


@pytest.mark.parametrize("case", cases())
def test_golden_reports_follow_the_schema(case):
    assert_valid(json.loads(golden_path(case).read_text(encoding="utf-8")))


def test_the_schema_rejects_a_renamed_key():
    report = json.loads(golden_path("studio-sagemaker-user").read_text(encoding="utf-8"))
    report["user_namespace"]["host_uid_renamed"] = report["user_namespace"].pop("host_uid")
    with pytest.raises(AssertionError, match="host_uid"):
        assert_valid(report)


def test_the_schema_rejects_an_unknown_severity():
    report = json.loads(golden_path("host-root").read_text(encoding="utf-8"))
    report["findings"][0]["severity"] = "fatal"
    with pytest.raises(AssertionError, match="fatal"):
        assert_valid(report)


def test_metadata_fields_may_hold_any_keys():
    report = json.loads(golden_path("studio-sagemaker-user").read_text(encoding="utf-8"))
    report["metadata"]["fields"]["AnythingNew"] = {"nested": [1, None, "x"]}
    assert_valid(report)


def test_section_titles_are_the_schemas():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    titles = {
        key: value["title"] for key, value in schema["properties"].items() if "title" in value
    }
    assert titles == SECTION_TITLES
    # The report carries them, in the order every view shows them.
    report = json.loads(golden_path("studio-sagemaker-user").read_text(encoding="utf-8"))
    assert [(s["id"], s["title"]) for s in report["summary"]["sections"]] == [
        (key, title) for key, title in SECTION_TITLES.items() if key in report
    ]


def test_the_schemas_finding_ids_are_the_declared_findings():
    import contract

    assert contract.main([]) == 0, (
        "report.schema.json's finding ids are stale: run `make contract-doc`"
    )


@pytest.mark.parametrize("render", ["to_text", "to_markdown"])
def test_both_renderings_head_every_section_with_its_title(render):
    from jupyterlab_isolation_info.collector import render as renderers

    text = getattr(renderers, render)(build_golden("studio-sagemaker-user"))
    for title in SECTION_TITLES.values():
        heading = f"### {title}\n" if render == "to_markdown" else f"\n{title}\n"
        assert heading in text, title
