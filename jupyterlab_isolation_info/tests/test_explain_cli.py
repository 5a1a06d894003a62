"""`jupyter isolation-info explain PATH`: one answer in three formats, escaped as the report is."""

import json
import os

import pytest
from test_explain import assert_valid

from jupyterlab_isolation_info import EXPLAIN_SCHEMA_PATH
from jupyterlab_isolation_info.cli import main


def run(capsysbinary, *argv):
    status = main(list(argv))
    captured = capsysbinary.readouterr()
    return status, captured.out.decode("utf-8"), captured.err.decode("utf-8")


def test_json_follows_the_schema(capsysbinary, tmp_path):
    target = tmp_path / "notebook.ipynb"
    target.write_text("{}")
    status, out, _ = run(capsysbinary, "explain", str(target), "--json")
    assert status == 0
    answer = assert_valid(json.loads(out))
    assert answer["resolved"] == str(target)
    assert answer["operations"]["write"]["allowed"] is True


@pytest.mark.root
def test_text_shows_every_operation_and_the_walk(capsysbinary, tmp_path):
    target = tmp_path / "f"
    target.write_text("x")
    target.chmod(0o644)
    status, out, _ = run(capsysbinary, "explain", str(target))
    assert status == 0
    for title in ("Read (list)", "Write (modify)", "Create inside", "Delete or rename"):
        assert title in out
    assert "Execute (enter)   NO (measured)" in out
    assert f"-rw-r--r-- 0(root)          0(root)          {target}" in out


def test_text_and_markdown_escape_controls_bidi_and_bytes_that_are_not_utf8(capsysbinary, tmp_path):
    odd = os.path.join(os.fsencode(str(tmp_path)), b"x\xff\x1b]0;owned\x07\xe2\x80\xae.txt")
    with open(odd, "wb") as handle:
        handle.write(b"x")
    shown = r"x\xff\x1b]0;owned\x07\u202e.txt"
    markdown = shown.replace("\\", "\\\\").replace("]", "\\]")
    for fmt, expected in (((), shown), (("--markdown",), markdown)):
        status, out, _ = run(capsysbinary, "explain", os.fsdecode(odd), *fmt)
        assert status == 0
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert expected in out


def test_schema_and_usage(capsysbinary):
    status, out, _ = run(capsysbinary, "explain", "--schema")
    assert status == 0 and json.loads(out) == json.loads(EXPLAIN_SCHEMA_PATH.read_text())
    status, _, err = run(capsysbinary, "explain")
    assert status == 2 and "PATH" in err


def test_a_path_that_does_not_exist_is_an_answer_not_an_error(capsysbinary, tmp_path):
    status, out, _ = run(capsysbinary, "explain", str(tmp_path / "nope"), "--json")
    answer = assert_valid(json.loads(out))
    assert status == 0 and answer["exists"] is False
    assert answer["operations"]["create"]["allowed"] is True
