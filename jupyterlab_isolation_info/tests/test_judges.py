"""Every section's judge declares its findings once, as data that the rest of the package reads."""

import json
import re
import string
from pathlib import Path

import pytest
from contract import SCHEMA_PATH
from golden import cases, golden_path

from jupyterlab_isolation_info.collector import findings, summary
from jupyterlab_isolation_info.collector.judging import SEVERITY_ORDER, TONES

GOLDEN = Path(__file__).parent / "integration" / "golden"
# The tones a finding's fact has when the two agree (judging.py): unknown is never good news.
AGREEING = {"critical": {"critical"}, "warning": {"warning", "unknown"}, "info": {"neutral"}}


def goldens() -> list[dict]:
    paths = [golden_path(case) for case in cases()] + sorted(GOLDEN.glob("*.json"))
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


def test_each_finding_is_declared_by_one_judge_only():
    declared = [i for judge in findings.JUDGES for i in judge.findings]
    assert len(declared) == len(set(declared)) == len(findings.FINDINGS)


def test_each_judge_judges_a_section_of_the_report():
    sections = [judge.section for judge in findings.JUDGES]
    assert len(sections) == len(set(sections))
    assert set(sections) <= set(summary.SECTION_TITLES)
    for judge in findings.JUDGES:
        for finding_id, declared in judge.findings.items():
            assert declared.severity in SEVERITY_ORDER, finding_id
            assert declared.section in summary.SECTION_TITLES, finding_id


def _resolve(schema: dict, node: dict) -> dict:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


@pytest.mark.parametrize("finding_id", sorted(findings.FINDINGS))
def test_a_findings_fact_is_a_field_of_the_report(finding_id):
    """The dotted key, `[*]` for any item of a list, names a field the schema defines."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    node = schema
    for step in re.findall(r"[^.\[\]]+|\[\*\]", findings.FINDINGS[finding_id].fact):
        node = _resolve(schema, node)
        if step == "[*]":
            assert node.get("type") == "array" or "items" in node, (finding_id, step)
            node = node["items"]
        else:
            properties = node.get("properties") or {}
            assert step in properties, (finding_id, step)
            node = properties[step]


@pytest.mark.parametrize("finding_id", sorted(findings.FINDINGS))
def test_a_findings_templates_name_only_what_its_rule_fills(finding_id):
    declared = findings.FINDINGS[finding_id]
    for template in (declared.title, declared.detail):
        names = [field for _, field, _, _ in string.Formatter().parse(template) if field]
        assert all(name.isidentifier() for name in names), (finding_id, names)


def test_a_findings_severity_agrees_with_the_tone_of_its_fact():
    """Critical is critical, warning is warning (or unknown), an info finding's fact is neutral:
    wherever the golden reports tone the fact a finding declares."""
    checked = set()
    for report in goldens():
        tones = report["tones"]
        for finding in report["findings"]:
            fact = findings.FINDINGS[finding["id"]].fact
            pattern = re.escape(fact).replace(re.escape("[*]"), r"\[[^\]]*\]")
            keys = [key for key in tones if re.fullmatch(pattern, key)]
            if keys:
                checked.add(finding["id"])
                assert any(tones[k]["tone"] in AGREEING[finding["severity"]] for k in keys), (
                    finding["id"],
                    [tones[k] for k in keys],
                )
    assert len(checked) >= 8  # the goldens hold that many findings whose fact is toned


def test_the_tones_are_the_judgings():
    assert summary.TONES == TONES
