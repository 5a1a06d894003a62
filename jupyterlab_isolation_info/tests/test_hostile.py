"""Odd and hostile metadata, end to end through the collector and both renderings.

Whatever bytes the metadata file holds (up to the size cap), the report is strict JSON that
follows the schema, and the text and Markdown renderings carry no raw control or bidi
character: a metadata file cannot recolour, retitle or scroll a terminal, forge a line, or
reorder what a reader sees. Nothing raises.
"""

import json
import re
import unicodedata

import pytest
from contract import assert_valid
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jupyterlab_isolation_info.cli import main
from jupyterlab_isolation_info.collector.parse import MAX_METADATA_BYTES
from jupyterlab_isolation_info.collector.render import to_markdown, to_text
from jupyterlab_isolation_info.collector.report import build_report

# Every character a JSON string can hold, lone surrogates included (json.dumps escapes them).
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
NUMBERS = st.one_of(
    st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([10**400])
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | NUMBERS | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(ANY_TEXT, inner, max_size=5),
    max_leaves=30,
)
METADATA = st.one_of(
    st.binary(max_size=600),
    st.dictionaries(ANY_TEXT, JSON_VALUES, max_size=8).map(
        lambda value: json.dumps(value, allow_nan=True).encode("utf-8")
    ),
)
# Format characters (bidi overrides, zero-width joiners) and every control but the newline.
FORBIDDEN = {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}


def raw_controls(text: str) -> list[str]:
    return sorted({hex(ord(c)) for c in text if c != "\n" and unicodedata.category(c) in FORBIDDEN})


def report_for(data: bytes, tmp_path) -> dict:
    path = tmp_path / "resource-metadata.json"
    path.write_bytes(data)
    return build_report(metadata_path=str(path), check_sudo=False, check_endpoints=False)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=METADATA)
def test_any_metadata_gives_strict_json_and_clean_renderings(data, tmp_path):
    report = report_for(data, tmp_path)
    assert_valid(json.loads(json.dumps(report, allow_nan=False)))
    for rendering in (to_text(report), to_markdown(report)):
        assert raw_controls(rendering) == []
        rendering.encode("utf-8")  # no lone surrogate left to fail on


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),  # colour
        ("\x1b]0;owned\x07", "\\x1b]0;owned\\x07"),  # terminal title (OSC)
        ("a\rb", "a\\rb"),  # carriage return
        ("nul\x00", "nul\\x00"),
        ("read\u202eylno-", "read\\u202eylno-"),  # right-to-left override
        ("x\n\nFindings\n  none", "x\\n\\nFindings\\n  none"),  # forged lines
    ],
)
def test_control_characters_are_shown_as_escapes(value, shown, tmp_path):
    report = report_for(json.dumps({"AppType": value, "Key\nFindings": 1}).encode(), tmp_path)
    text = to_text(report)
    assert shown in text
    assert "Key\\nFindings" in text
    assert raw_controls(text) == []
    # In Markdown the escape's own backslash is escaped, so it reads the same rendered.
    markdown = to_markdown(report)
    assert raw_controls(markdown) == []
    assert shown.replace("\\", "\\\\").split("[")[0].split("]")[0] in markdown


def test_html_in_keys_and_values_is_literal_in_markdown(tmp_path):
    report = report_for(
        json.dumps({"<img src=x onerror=alert(1)>": "<script>x</script> | *b*"}).encode(),
        tmp_path,
    )
    markdown = to_markdown(report)
    assert not re.search(r"(?<!\\)<", markdown)  # every < is escaped
    assert "| \\<img src=x onerror=alert(1)\\> | \\<script\\>x\\</script\\> \\| \\*b\\* |" in (
        markdown
    )


@pytest.mark.parametrize("option", [[], ["--json"], ["--markdown"]])
def test_the_cli_never_dies_on_broken_unicode_or_non_finite_numbers(option, tmp_path, capfd):
    path = tmp_path / "m.json"
    path.write_bytes(b'{"a": "\\ud800", "b": NaN, "c": 1e400, "d\\udc00": -Infinity}')
    assert main([*option, "--metadata-path", str(path)]) == 0
    out, err = capfd.readouterr()
    assert err == ""
    assert "NaN" in out and "1e400" in out
    if option == ["--json"]:
        report = assert_valid(json.loads(out))
        assert report["metadata"]["fields"]["a"] == "\ufffd"
        assert len(report["metadata"]["notes"]) == 2


def test_an_internal_failure_is_a_sentence_and_its_own_status(monkeypatch, capfd):
    from jupyterlab_isolation_info import cli

    def broken(report):
        raise RuntimeError("renderer broke")

    monkeypatch.setattr(cli, "to_text", broken)
    assert main([]) == cli.EXIT_INTERNAL == 3
    out, err = capfd.readouterr()
    assert out == ""
    assert "could not be made (RuntimeError: renderer broke)" in err
    assert "Traceback" not in err


def test_metadata_at_the_size_cap_is_read(tmp_path):
    keys = MAX_METADATA_BYTES // 24
    value = {f"k{index:08d}": "v" * 8 for index in range(keys)}
    data = json.dumps(value, separators=(",", ":")).encode()
    assert len(data) <= MAX_METADATA_BYTES
    report = report_for(data, tmp_path)
    assert len(report["metadata"]["fields"]) == keys
