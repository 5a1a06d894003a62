"""Executing a file that is not a program: no chmod fix, on real files.

execve(2) runs a file whose first bytes are '#!' (binfmt_script) or ELF's magic (binfmt_elf);
a regular file with no execute bit for anyone and neither header is data, and `chmod +x` would
only trade one refusal for another. The header is read from the lookup's own descriptors.
"""

from __future__ import annotations

import errno
import os
import shutil

import pytest
from test_explain import NOBODY, as_user, assert_valid, package, scratch  # noqa: F401 - fixtures

from jupyterlab_isolation_info.collector import explain, read

NOT_A_PROGRAM = (
    "It is not a program: no one may execute it and it starts with neither '#!' nor an ELF header."
)


def execute_of(path) -> dict:
    answer = assert_valid(explain.explain(str(path), check_sudo=False))
    return answer["operations"]["execute"]


def test_a_text_file_no_one_may_execute_is_not_a_program_and_gets_no_fix(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("plain words\n")
    target.chmod(0o644)
    op = execute_of(target)
    assert (op["allowed"], op["measured"]) == (False, True)
    assert op["reason"] == NOT_A_PROGRAM
    assert op["fix"] is None


def test_an_empty_file_no_one_may_execute_is_not_a_program(tmp_path):
    target = tmp_path / "empty"
    target.touch()
    target.chmod(0o600)
    assert execute_of(target)["reason"] == NOT_A_PROGRAM


@pytest.mark.parametrize(
    "name,make",
    [
        ("script.sh", lambda path: path.write_text("#!/bin/sh\necho hi\n")),
        ("true", lambda path: shutil.copyfile("/bin/true", path)),
    ],
)
def test_a_script_or_an_elf_binary_without_the_bit_keeps_the_chmod_fix(tmp_path, name, make):
    target = tmp_path / name
    make(target)
    target.chmod(0o644)
    op = execute_of(target)
    assert (op["allowed"], op["measured"]) == (False, True)
    assert op["reason"] != NOT_A_PROGRAM
    assert "chmod u+x" in op["fix"]


def test_a_data_file_with_an_execute_bit_is_answered_as_before(tmp_path):
    # Someone may execute it: the kernel's answer stands, whatever the bytes.
    target = tmp_path / "data"
    target.write_text("plain words\n")
    target.chmod(0o744)
    op = execute_of(target)
    assert op["reason"] != NOT_A_PROGRAM


def test_the_header_is_a_fact_of_the_lookups_end_read_through_its_directory(tmp_path):
    target = tmp_path / "true"
    shutil.copyfile("/bin/true", target)
    before = os.stat(target).st_atime_ns
    facts = read.PathReader().facts(str(target))
    assert facts.header == b"\x7fELF"
    assert "header" not in facts.errors
    # Read as its owner with O_NOATIME: the access time is not moved.
    assert os.stat(target).st_atime_ns == before


def test_a_directory_has_no_header_and_no_header_error(tmp_path):
    facts = read.PathReader().facts(str(tmp_path))
    assert facts.header is None
    assert "header" not in facts.errors


def test_a_symlink_swapped_in_after_the_lookup_is_not_followed(tmp_path):
    target = tmp_path / "data"
    target.write_text("plain words\n")
    reader = read.PathReader()
    with reader.lookup(str(target)) as found:
        os.unlink(target)
        os.symlink("/bin/true", target)
        facts = reader.facts_of(found, found.end)
    assert facts.header is None
    assert "header" in facts.errors


def test_o_noatime_refused_falls_back_to_a_plain_open(tmp_path, monkeypatch):
    target = tmp_path / "script.sh"
    target.write_text("#!/bin/sh\n")
    real_open = os.open
    seen = []

    def open_without_noatime(path, flags, *args, **kwargs):
        seen.append(bool(flags & read.O_NOATIME))
        if flags & read.O_NOATIME:
            raise PermissionError(errno.EPERM, "Operation not permitted")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(read.os, "open", open_without_noatime)
    facts = read.PathReader().facts(str(target))
    monkeypatch.undo()
    assert facts.header == b"#!/b"
    assert seen[-2:] == [True, False]


@pytest.mark.root
def test_a_header_no_one_can_read_is_unknown_and_the_answer_stays(package, scratch):  # noqa: F811
    # nobody may not read root's 0600 file: the header is unknown, so today's fix stays.
    target = scratch / "secret.txt"
    target.write_text("plain words\n")
    target.chmod(0o600)
    op = as_user(package, target)["operations"]["execute"]
    assert (op["allowed"], op["measured"]) == (False, True)
    assert op["reason"] != NOT_A_PROGRAM
    assert op["fix"]
