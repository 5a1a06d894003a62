"""`explain PATH` inside the Studio-like sandbox, held against what really happens.

The test builds its scratch files on the host (owned by the host ids the sandbox's maps turn
into container root, sagemaker-user, another user, an extra group or no one at all), binds them
in, and inside the sandbox runs the CLI on each path *before* sagemaker-user really tries the
operation on it. The product only looks; the test's own shell does the trying, on its own files.
"""

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_explain import ACL_BYTES, assert_valid
from test_sandbox import SANDBOX, package_dir  # noqa: F401

from jupyterlab_isolation_info.collector import read

# The sandbox's default maps: container id -> host id.
ROOT = 100000  # container root
USER = 200001  # sagemaker-user (1000) and group users (100)
OTHER = 101001  # container uid 1001
EXTRA_GID, EXTRA_HOST_GID = 4343, 104343  # container gid 4343 -> host gid
UNMAPPED = 4242  # no map covers it: shows as 65534 inside
CASES = "/home/sagemaker-user/cases"

SCRIPT = r"""
ex() { /usr/bin/python3 -m jupyterlab_isolation_info explain "$1" --json; }
try() { if sh -c "$1" >/dev/null 2>&1; then echo ok; else echo refused; fi; }
C=/home/sagemaker-user/cases
head -c 1M /dev/zero > /tmp/full/fill 2>/dev/null
printf '#!/bin/sh\necho ran\n' > /opt/noexec/run.sh; chmod 755 /opt/noexec/run.sh
echo "==root_file"; ex $C/root-file
echo "==root_file_try"; try "echo y >> $C/root-file"
echo "==closed"; ex $C/closed/inner
echo "==closed_try"; try "cat $C/closed/inner"
echo "==read_only"; ex /tmp/ro/mine
echo "==read_only_try"; try "echo y >> /tmp/ro/mine"
echo "==sticky"; ex $C/sticky/theirs
echo "==sticky_try"; try "rm -f $C/sticky/theirs"
echo "==unmapped"; ex $C/unmapped
echo "==unmapped_try"; try "chmod 600 $C/unmapped"
echo "==group"; ex $C/team
echo "==group_try"; try "echo y >> $C/team"
echo "==acl"; ex $C/acl
echo "==acl_try"; try "echo y >> $C/acl"
echo "==full"; ex /tmp/full/fill
echo "==full_try"; try "echo y >> /tmp/full/fill"
echo "==full_dir"; ex /tmp/full
echo "==noexec"; ex /opt/noexec/run.sh
echo "==noexec_try"; try /opt/noexec/run.sh
echo "==immutable"; ex $C/immutable
echo "==immutable_try"; try "echo y >> $C/immutable"
echo "==home"; ex $C
echo "==end"
"""

ROOT_SCRIPT = r"""
F=/home/sagemaker-user/cases/unmapped
echo "==unmapped"; /usr/bin/python3 -m jupyterlab_isolation_info explain $F --json
echo "==unmapped_try"; if chmod 600 $F 2>/dev/null; then echo ok; else echo refused; fi
echo "==end"
"""


def _chattr(flag: str, path: Path) -> bool:
    if not shutil.which("chattr"):
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def cases():
    """The host side of every case, in a world-traversable scratch directory."""
    top = Path(tempfile.mkdtemp(prefix="explain-cases-"))
    os.chmod(top, 0o755)  # noqa: S103 - the sandbox's remapped users must reach it
    home = top / "cases"
    home.mkdir()
    os.chown(home, USER, USER)

    def file(path: Path, uid: int, gid: int, mode: int) -> Path:
        path.write_text("x\n")
        os.chown(path, uid, gid)
        path.chmod(mode)
        return path

    file(home / "root-file", ROOT, ROOT, 0o644)
    (home / "closed").mkdir()
    os.chown(home / "closed", ROOT, ROOT)
    (home / "closed").chmod(0o700)
    file(home / "closed" / "inner", USER, USER, 0o666)
    (home / "sticky").mkdir()
    os.chown(home / "sticky", ROOT, ROOT)
    (home / "sticky").chmod(0o1777)
    file(home / "sticky" / "theirs", OTHER, OTHER, 0o666)
    file(home / "unmapped", UNMAPPED, UNMAPPED, 0o644)
    file(home / "team", ROOT, EXTRA_HOST_GID, 0o660)
    acl = file(home / "acl", ROOT, ROOT, 0o644)
    # user:1000:rw- (host 200001), mask r--: the ACL_BYTES layout with the host's uid.
    os.setxattr(
        acl,
        read.POSIX_ACL_ACCESS,
        ACL_BYTES.replace(bytes.fromhex("e8030000"), USER.to_bytes(4, "little")),
    )
    immutable = file(home / "immutable", USER, USER, 0o644)
    immutable_set = _chattr("+i", immutable)
    ro = top / "ro"
    ro.mkdir()
    file(ro / "mine", USER, USER, 0o644)
    yield top, immutable_set
    if immutable_set:
        _chattr("-i", immutable)
    shutil.rmtree(top, ignore_errors=True)


def _sections(stdout: str) -> dict:
    return dict(re.findall(r"^==(\w+)\n(.*?)(?=^==|\Z)", stdout, re.S | re.M))


def _run(package_dir, top, script, *options) -> dict:  # noqa: F811
    command = [
        str(SANDBOX),
        *options,
        "--bind",
        f"{top / 'cases'}:{CASES}",
        "--ro-bind",
        f"{top / 'ro'}:/tmp/ro",
        "--ro-bind",
        f"{package_dir}:/tmp/pkg",
        "--setenv",
        "PYTHONPATH=/tmp/pkg",
        "--",
        "/bin/sh",
        "-c",
        script,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    return _sections(result.stdout)


@pytest.fixture(scope="module")
def seen(package_dir, cases):  # noqa: F811
    top, _ = cases
    sections = _run(
        package_dir,
        top,
        SCRIPT,
        "--extra-group",
        str(EXTRA_GID),
        "--tmpfs",
        "/tmp/full:64k",
        "--tmpfs",
        "/opt/noexec:64k:noexec",
    )
    return {
        name: (assert_valid(json.loads(text)) if not name.endswith("_try") else text.strip())
        for name, text in sections.items()
        if name != "end"
    }


def op(answer, name):
    return answer["operations"][name]


def test_a_root_owned_file_in_the_home(seen):
    answer = seen["root_file"]
    assert seen["root_file_try"] == "refused"
    write = op(answer, "write")
    assert (write["allowed"], write["measured"]) == (False, True)
    assert "uid 0 (root)" in write["reason"] and "'w' bit" in write["reason"]
    assert answer["target"]["host_uid"] == ROOT
    # Your own directory: the root-owned file is yours to delete.
    assert op(answer, "delete")["allowed"] is True


def test_a_directory_without_search_on_the_way(seen):
    answer = seen["closed"]
    assert seen["closed_try"] == "refused"
    assert answer["stopped_at"]["path"] == f"{CASES}/closed"
    assert op(answer, "read")["allowed"] is False


def test_a_read_only_bind_mount(seen):
    answer = seen["read_only"]
    assert seen["read_only_try"] == "refused"
    write = op(answer, "write")
    assert write["allowed"] is False
    assert write["reason"].startswith("The mount at /tmp/ro is read-only")
    assert write["fix"].startswith("Copy it to a writable place")
    assert answer["mount"]["read_only"] is True


def test_a_file_under_a_sticky_directory_owned_by_someone_else(seen):
    answer = seen["sticky"]
    assert seen["sticky_try"] == "refused"
    delete = op(answer, "delete")
    assert (delete["allowed"], delete["measured"]) == (False, False)
    assert "sticky bit" in delete["reason"]
    assert op(answer, "write")["allowed"] is True


def test_an_owner_outside_the_id_map(seen):
    answer = seen["unmapped"]
    assert seen["unmapped_try"] == "refused"
    assert answer["target"]["uid"] == 65534 and answer["target"]["owner_unmapped"] is True
    chmod = op(answer, "chmod")
    assert chmod["allowed"] is False and "not mapped" in chmod["reason"]


def test_even_root_of_the_sandbox_cannot_chmod_an_unmapped_owner(package_dir, cases):  # noqa: F811
    top, _ = cases
    sections = _run(package_dir, top, ROOT_SCRIPT, "--as-root")
    answer = assert_valid(json.loads(sections["unmapped"]))
    assert sections["unmapped_try"].strip() == "refused"
    assert "CAP_FOWNER" in answer["identity"]["capabilities"]
    chmod = op(answer, "chmod")
    assert chmod["allowed"] is False and "root included" in chmod["reason"]


def test_group_access_through_a_supplementary_group(seen):
    answer = seen["group"]
    assert seen["group_try"] == "ok"
    assert op(answer, "write")["allowed"] is True
    assert {"gid": EXTRA_GID, "name": f"extra{EXTRA_GID}"} in answer["identity"]["groups"]


def test_an_acl_that_denies_through_its_mask(seen):
    answer = seen["acl"]
    assert seen["acl_try"] == "refused"
    write = op(answer, "write")
    assert write["allowed"] is False and "mask takes it away" in write["reason"]
    assert {"tag": "user", "perm": "rw-", "id": 1000} in answer["target"]["acl"]


def test_a_full_small_file_system(seen):
    answer = seen["full"]
    assert seen["full_try"] == "refused"
    write = op(answer, "write")
    assert (write["allowed"], write["measured"]) == (False, False)
    assert "is full" in write["reason"] and write["fix"].startswith("Free space")
    assert answer["space"]["full"] is True
    assert "is full" in op(seen["full_dir"], "create")["reason"]


def test_a_noexec_mount(seen):
    answer = seen["noexec"]
    assert seen["noexec_try"] == "refused"
    execute = op(answer, "execute")
    assert (execute["allowed"], execute["measured"]) == (False, True)
    assert "noexec" in execute["reason"]


def test_an_immutable_file_where_the_host_allows_chattr(seen, cases):
    _, immutable_set = cases
    answer = seen["immutable"]
    if immutable_set:
        assert seen["immutable_try"] == "refused"
        assert answer["target"]["immutable"] is True
        write = op(answer, "write")
        assert write["allowed"] is False and "immutable" in write["reason"]
        assert "chattr -i" in write["fix"]
    else:  # the host's file system keeps no flags: the answer says so, it does not guess
        assert answer["target"]["immutable"] is None
        assert answer["target"]["flags_error"]


def test_the_home_at_a_glance_groups_what_you_cannot_modify_by_owner(seen):
    entries = seen["home"]["entries"]
    owners = {group["uid"]: group for group in entries["by_owner"]}
    assert owners[0]["count"] >= 2  # root-file, acl, ... as container root
    assert 65534 in owners  # the unmapped one
    assert entries["not_looked_at"] == 0
