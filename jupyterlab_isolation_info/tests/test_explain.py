"""explain(path): the pure rules on verbatim kernel bytes, then real files as another uid.

The live cases build their files in a world-traversable scratch directory as root, then run the
collector under setpriv as an unprivileged uid and hold its verdict against what the kernel
does when that uid really tries the operation (on the scratch files, never on anything else).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest
from as_other_user import world_readable_copy
from contract import assert_follows

from jupyterlab_isolation_info import EXPLAIN_SCHEMA_PATH, explain_service
from jupyterlab_isolation_info.collector import explain, parse, permissions, read, render_explain
from jupyterlab_isolation_info.collector.permissions import EXECUTE, READ, WRITE, Identity

FIXTURES = Path(__file__).parent / "fixtures"
NOBODY = 65534
USER = 4242  # an uid with no passwd entry, for the scratch files' "someone else"


def assert_valid(answer: dict) -> dict:
    return assert_follows(answer, EXPLAIN_SCHEMA_PATH)


# --- the ACL xattr, verbatim ------------------------------------------------------------

# os.getxattr(path, "system.posix_acl_access") on ext4 (Debian 12) after
# `setfacl -m u:1000:rw,g:100:rw,m:r path` on a root-owned 0644 file.
ACL_BYTES = bytes.fromhex(
    "0200000001000600ffffffff02000600e803000004000400ffffffff080006006400000010000400ffffffff"
    "20000400ffffffff"
)


def test_the_acl_xattr_parses_to_its_entries_as_getfacl_lists_them():
    assert permissions.parse_posix_acl(ACL_BYTES) == [
        {"tag": "user_obj", "perm": "rw-", "id": None},
        {"tag": "user", "perm": "rw-", "id": 1000},
        {"tag": "group_obj", "perm": "r--", "id": None},
        {"tag": "group", "perm": "rw-", "id": 100},
        {"tag": "mask", "perm": "r--", "id": None},
        {"tag": "other", "perm": "r--", "id": None},
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x02\x00", "shorter than its header"),
        (b"\x01\x00\x00\x00", "version 1"),
        (ACL_BYTES[:-3], "whole entries"),
        (b"\x02\x00\x00\x00" + b"\x40\x00\x07\x00\xff\xff\xff\xff", "unknown tag 0x40"),
    ],
)
def test_a_torn_or_strange_acl_is_a_value_error(data, message):
    with pytest.raises(ValueError, match=message):
        permissions.parse_posix_acl(data)


# --- the discretionary check, table-driven ----------------------------------------------

ACL = permissions.parse_posix_acl(ACL_BYTES)


@pytest.mark.parametrize(
    ("who", "uid", "gid", "mode", "want", "acl", "allowed", "applied", "missing", "masked"),
    [
        # Only one class applies: an owner with 0077 is denied what others get.
        (Identity(1000, 100, ()), 1000, 100, 0o077, READ, None, False, "owner", "r", ""),
        (Identity(1000, 100, ()), 0, 0, 0o644, WRITE, None, False, "other", "w", ""),
        # A supplementary group counts like the primary one.
        (Identity(1000, 100, (50,)), 0, 50, 0o660, WRITE, None, True, "group", "", ""),
        (Identity(1000, 100, ()), 0, 50, 0o664, WRITE, None, False, "other", "w", ""),
        # The named user entry grants rw-, the mask leaves r--.
        (Identity(1000, 100, ()), 0, 0, 0o644, WRITE, ACL, False, "acl-user", "w", "w"),
        (Identity(1000, 100, ()), 0, 0, 0o644, READ, ACL, True, "acl-user", "", ""),
        # A group entry (named group 100) masked likewise.
        (Identity(2000, 100, ()), 0, 0, 0o644, WRITE, ACL, False, "acl-group", "w", "w"),
        # The owner entry is not masked.
        (Identity(0, 0, ()), 0, 0, 0o644, WRITE, ACL, True, "owner", "", ""),
        (Identity(3000, 3000, ()), 0, 0, 0o644, WRITE, ACL, False, "other", "w", ""),
    ],
)
def test_one_class_or_acl_entry_decides(
    who, uid, gid, mode, want, acl, allowed, applied, missing, masked
):
    decision = permissions.dac(who, uid, gid, mode, want, acl)
    assert (decision.allowed, decision.applied, decision.missing) == (allowed, applied, missing)
    assert decision.masked_out == masked


def test_capabilities_override_only_over_mapped_owners():
    root = Identity(0, 0, (), frozenset({"CAP_DAC_OVERRIDE", "CAP_FOWNER"}))
    assert permissions.capability_overrides(root, 0o100600, WRITE, True) == "CAP_DAC_OVERRIDE"
    assert permissions.capability_overrides(root, 0o100600, WRITE, False) is None
    # Execute needs at least one x bit, even for root.
    assert permissions.capability_overrides(root, 0o100600, EXECUTE, True) is None
    assert permissions.may_chmod(root, NOBODY, owner_mapped=False) == (False, "not-owner")
    assert permissions.sticky_allows(root, 0, 1000, owner_mapped=True) == (True, "directory-owner")
    user = Identity(1000, 100, ())
    assert permissions.sticky_allows(user, 0, 2000, owner_mapped=True) == (False, "sticky")


def test_mode_text_is_what_ls_prints():
    assert permissions.mode_text(0o41777) == "drwxrwxrwt"
    assert permissions.mode_text(0o104755) == "-rwsr-xr-x"
    assert permissions.mode_text(0o102640) == "-rw-r-S---"


# --- where it lives, from verbatim mountinfo ----------------------------------------------


def _mount(case: str, point: str) -> dict:
    mounts = parse.parse_mountinfo((FIXTURES / case / "mountinfo").read_text())
    return parse.mount_for_path(mounts, point)


@pytest.mark.parametrize(
    ("case", "path", "kind", "kept"),
    [
        ("studio-efs-access-point", "/home/sagemaker-user/user-default-efs/x", "efs", True),
        ("studio-efs-access-point", "/home/sagemaker-user/work.ipynb", "volume", True),
        ("studio-efs-access-point", "/usr/lib/x", "container-layer", False),
        (
            "studio-efs-access-point",
            "/opt/ml/metadata/resource-metadata.json",
            "host-directory",
            None,
        ),
        ("efs-utils-tls", "/home/sagemaker-user/user-default-efs/x", "nfs", True),
        ("sandbox-user-efs", "/home/sagemaker-user/user-default-efs", "memory", False),
    ],
)
def test_where_it_lives_is_read_from_the_mount(case, path, kind, kept):
    found = permissions.storage_kind(_mount(case, path), home="/home/sagemaker-user")
    assert (found["kind"], found["kept_on_restart"]) == (kind, kept)
    assert found["evidence"].startswith("mountinfo: ")


def test_the_efs_home_says_the_server_decides_and_the_ebs_home_is_the_spaces_volume():
    efs = permissions.storage_kind(
        _mount("studio-efs-access-point", "/home/sagemaker-user/user-default-efs")
    )
    assert "the NFS server decides" in efs["sentence"]
    home = permissions.storage_kind(
        _mount("studio-efs-access-point", "/home/sagemaker-user"), home="/home/sagemaker-user"
    )
    assert "space's EBS volume" in home["sentence"]


# Verbatim in the kernel's format: a ConfigMap and an emptyDir as kubelet binds them.
KUBELET_MOUNTINFO = (
    "3012 2990 259:1 /var/lib/kubelet/pods/5f0c6b1e-7a2d-4c1e-9f3b-2d8e6a1c4b7f/volumes/"
    "kubernetes.io~configmap/jupyter-config/..2026_12_05_07_59_01.123456789 /home/jovyan/.jupyter "
    "ro,relatime - ext4 /dev/nvme0n1p1 rw\n"
    "3013 2990 259:1 /var/lib/kubelet/pods/5f0c6b1e-7a2d-4c1e-9f3b-2d8e6a1c4b7f/volumes/"
    "kubernetes.io~empty-dir/cache /home/jovyan/.cache rw,relatime - ext4 /dev/nvme0n1p1 rw\n"
)


def test_kubelet_volumes_are_named_by_their_kind():
    mounts = parse.parse_mountinfo(KUBELET_MOUNTINFO)
    config = permissions.storage_kind(parse.mount_for_path(mounts, "/home/jovyan/.jupyter/x"))
    cache_dir = permissions.storage_kind(parse.mount_for_path(mounts, "/home/jovyan/.cache/y"))
    assert config["kind"] == "kubernetes-configmap"
    assert "ConfigMap" in config["sentence"]
    assert (cache_dir["kind"], cache_dir["kept_on_restart"]) == ("kubernetes-empty-dir", False)


# --- live: real files, another uid ---------------------------------------------------------

SCRIPT = (
    "import json, os, sys\n"
    "from jupyterlab_isolation_info.collector.explain import explain\n"
    "path = os.fsdecode(bytes.fromhex(sys.argv[1]))\n"
    "print(json.dumps(explain(path, check_sudo=False)))\n"
)


@pytest.fixture(scope="module")
def package():
    directory = world_readable_copy()
    yield directory
    shutil.rmtree(directory)


@pytest.fixture
def scratch():
    assert os.geteuid() == 0, "these tests need root (CI runs as root) to switch users"
    directory = Path(tempfile.mkdtemp(prefix="explain-"))
    os.chmod(directory, 0o755)  # noqa: S103 - the other uid must reach its files
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


def as_user(package, path, uid=NOBODY, gid=NOBODY, groups=()) -> dict:
    ids = [f"--reuid={uid}", f"--regid={gid}"]
    ids.append(f"--groups={','.join(map(str, groups))}" if groups else "--clear-groups")
    completed = subprocess.run(
        ["setpriv", *ids, "/usr/bin/python3", "-c", SCRIPT, os.fsencode(str(path)).hex()],
        env={"PYTHONPATH": str(package), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        cwd="/",
    )
    assert completed.returncode == 0, completed.stderr
    return assert_valid(json.loads(completed.stdout))


def really(uid, gid, groups, argv) -> bool:
    """Whether the uid really succeeds at the operation (a shell command on scratch files)."""
    ids = [f"--reuid={uid}", f"--regid={gid}"]
    ids.append(f"--groups={','.join(map(str, groups))}" if groups else "--clear-groups")
    return (
        subprocess.run(["setpriv", *ids, *argv], capture_output=True, check=False).returncode == 0
    )


@pytest.mark.root
def test_a_root_owned_file_names_the_owner_the_missing_bit_and_the_fix(package, scratch):
    target = scratch / "owned-by-root.txt"
    target.write_text("x")
    target.chmod(0o600)
    answer = as_user(package, target)
    read_op, write_op = answer["operations"]["read"], answer["operations"]["write"]
    assert (read_op["allowed"], read_op["measured"]) == (False, True)
    assert really(NOBODY, NOBODY, (), ["cat", str(target)]) is False
    assert "uid 0 (root)" in read_op["reason"] and "'other' class" in read_op["reason"]
    assert "'r' bit" in read_op["reason"] and "'w' bit" in write_op["reason"]
    assert "Ask its owner (uid 0 (root))" in write_op["fix"]
    assert answer["operations"]["create"]["allowed"] is None  # a file has no entries
    # Deleting depends on the directory, not the file: the scratch dir is root's 0755.
    assert answer["operations"]["delete"]["allowed"] is False
    assert answer["target"]["mode_text"] == "-rw-------"
    assert [step["name"] for step in answer["walk"]][-1] == "owned-by-root.txt"


@pytest.mark.root
def test_a_directory_without_search_stops_the_walk_there(package, scratch):
    closed = scratch / "closed"
    closed.mkdir(mode=0o700)
    inner = closed / "note.txt"
    inner.write_text("x")
    inner.chmod(0o666)
    answer = as_user(package, inner)
    assert answer["stopped_at"]["path"] == str(closed)
    assert "may not search" in answer["stopped_at"]["reason"]
    assert answer["operations"]["write"]["allowed"] is False
    assert really(NOBODY, NOBODY, (), ["cat", str(inner)]) is False
    searchable = {step["path"]: step["searchable"] for step in answer["walk"]}
    assert searchable[str(closed)] is False


@pytest.mark.root
def test_the_sticky_bit_refuses_a_delete_the_directory_mode_allows(package, scratch):
    shared = scratch / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    theirs = shared / "theirs.txt"
    theirs.write_text("x")
    os.chown(theirs, USER, USER)
    theirs.chmod(0o666)
    answer = as_user(package, theirs)
    delete = answer["operations"]["delete"]
    assert (delete["allowed"], delete["measured"]) == (False, False)
    assert delete["reason"].startswith("Derived:") and "sticky bit" in delete["reason"]
    assert answer["operations"]["write"]["allowed"] is True
    assert really(NOBODY, NOBODY, (), ["rm", "-f", str(theirs)]) is False
    assert theirs.exists()
    # ...while in a directory without the sticky bit the same mode lets it go.
    shared.chmod(0o777)
    assert as_user(package, theirs)["operations"]["delete"]["allowed"] is True


@pytest.mark.root
def test_group_access_through_a_supplementary_group(package, scratch):
    team = scratch / "team.txt"
    team.write_text("x")
    os.chown(team, USER, 4343)
    team.chmod(0o660)
    answer = as_user(package, team, uid=1000, gid=100, groups=(4343,))
    assert answer["operations"]["write"]["allowed"] is True
    assert really(1000, 100, (4343,), ["sh", "-c", f"echo y >> {team}"]) is True
    without = as_user(package, team, uid=1000, gid=100)
    assert without["operations"]["write"]["allowed"] is False
    assert "'other' class" in without["operations"]["write"]["reason"]


@pytest.mark.root
def test_an_acl_that_denies_through_its_mask(package, scratch):
    shared = scratch / "acl.txt"
    shared.write_text("x")
    shared.chmod(0o644)
    os.setxattr(shared, read.POSIX_ACL_ACCESS, ACL_BYTES)
    answer = as_user(package, shared, uid=1000, gid=4444)
    write = answer["operations"]["write"]
    assert write["allowed"] is False
    assert really(1000, 4444, (), ["sh", "-c", f"echo y >> {shared}"]) is False
    assert "ACL names you" in write["reason"] and "mask takes it away" in write["reason"]
    assert {"tag": "mask", "perm": "r--", "id": None} in answer["target"]["acl"]


@pytest.mark.root
def test_a_symlink_loop_is_not_followed_beyond_forty(package, scratch):
    (scratch / "a").symlink_to(scratch / "b")
    (scratch / "b").symlink_to(scratch / "a")
    answer = as_user(package, scratch / "a")
    assert "More than 40 symbolic links" in answer["stopped_at"]["reason"]
    assert answer["operations"]["read"]["allowed"] is False
    assert sum(1 for step in answer["walk"] if step["symlink_target"]) == 41


@pytest.mark.root
def test_names_that_are_not_utf8_or_carry_controls_are_shown_escaped(package, scratch):
    odd = os.path.join(os.fsencode(str(scratch)), b"bad\xff\x1b[31m\xe2\x80\xaename")
    with open(odd, "wb") as handle:
        handle.write(b"x")
    answer = as_user(package, os.fsdecode(odd))
    assert answer["path"].endswith("bad\\xff\x1b[31m\u202ename")
    assert answer["walk"][-1]["name"] == "bad\\xff\x1b[31m\u202ename"
    listing = as_user(package, scratch)
    assert listing["entries"]["count"] == 1
    assert listing["entries"]["named"][0]["name"] == "bad\\xff\x1b[31m\u202ename"


@pytest.mark.root
def test_a_directory_summarizes_what_you_cannot_modify_by_owner(package, scratch):
    home = scratch / "home"
    home.mkdir()
    os.chown(home, 1000, 100)
    for index in range(60):
        (home / f"root-{index:02}.txt").write_text("x")
    (home / "mine.txt").write_text("x")
    os.chown(home / "mine.txt", 1000, 100)
    answer = as_user(package, home, uid=1000, gid=100)
    entries = answer["entries"]
    assert (entries["count"], entries["looked_at"], entries["not_looked_at"]) == (61, 61, 0)
    # Deleting is allowed (your directory), writing the root-owned files is not.
    assert entries["cannot_modify"] == 60
    assert entries["by_owner"] == [
        {"uid": 0, "owner": "root", "count": 60, "reasons": {"no-write-other": 60}}
    ]
    assert len(entries["named"]) == 50


@pytest.mark.root
def test_a_missing_path_says_whether_it_could_be_created(package, scratch):
    answer = as_user(package, scratch / "not-yet")
    assert answer["exists"] is False
    assert answer["operations"]["read"]["allowed"] is None
    create = answer["operations"]["create"]
    assert create["allowed"] is False and create["reason"].startswith(f"Creating it in {scratch}")
    assert really(NOBODY, NOBODY, (), ["touch", str(scratch / "not-yet")]) is False


@pytest.mark.root
def test_a_git_work_tree_you_do_not_own_gets_the_safe_directory_fix(package, scratch):
    repo = scratch / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "file.py").write_text("x")
    os.chmod(repo / "file.py", 0o666)  # noqa: S103 - a scratch file the other uid writes
    answer = as_user(package, repo / "file.py", uid=1000, gid=100)
    assert answer["git"] == {
        "work_tree": str(repo),
        "owner_uid": 0,
        "yours": False,
        "fix": "git refuses a repository you do not own ('dubious ownership'): "
        f"`git config --global --add safe.directory {repo}`.",
    }


class NetworkReader(read.PathReader):
    """Everything counts as on a network file system that may stall (as under an NFS mount),
    so every call is guarded; what is under test is how an explanation meets a stall."""

    def may_stall(self, located: str) -> bool:
        return True


def test_a_stalled_path_costs_one_guard_and_one_sentence(tmp_path):
    release = threading.Event()
    stalled = str(tmp_path / "efs")
    try:
        with pytest.raises(read.ReadError):
            read.with_timeout(lambda: release.wait(10), 0.2, f"stat of {stalled}", stalled)
        began = time.monotonic()
        answer = assert_valid(
            explain.explain(stalled + "/notebook.ipynb", NetworkReader(), check_sudo=False)
        )
        assert time.monotonic() - began < 1.0
        assert answer["errors"] == [
            f"the lookup of {stalled}/notebook.ipynb was not tried: an earlier call there has "
            "been blocked for 0 s (a stalled network mount?)."
        ]
        assert {op["allowed"] for op in answer["operations"].values()} == {None}
        # No walk was made: no empty walk table in either rendering.
        assert "Walk" not in render_explain.to_text(answer)
        assert "### Walk" not in render_explain.to_markdown(answer)
    finally:
        release.set()


def test_a_stalled_path_in_the_servers_root_is_named_as_the_file_browser_names_it(tmp_path):
    """The server's sentence names the path from the root, not the root's place on disk."""
    release = threading.Event()
    root = tmp_path / "root"
    (root / "efs").mkdir(parents=True)
    stalled = str(root / "efs")
    try:
        with pytest.raises(read.ReadError):
            read.with_timeout(lambda: release.wait(10), 0.2, f"stat of {stalled}", stalled)

        class EfsReader(read.PathReader):
            """The root on a local disk, an EFS mount under it (whose calls are guarded)."""

            def may_stall(self, located: str) -> bool:
                return located.startswith(stalled)

        answer = assert_valid(
            explain_service.explain_in_root(str(root), "efs/notebook.ipynb", False, EfsReader())
        )
        sentence = (
            "Resolving efs/notebook.ipynb was not tried: an earlier call there has been "
            "blocked for 0 s (a stalled network mount?)."
        )
        assert answer["errors"][-1] == sentence
        assert str(tmp_path) not in sentence
        assert answer["path"] == stalled + "/notebook.ipynb"
        assert answer["walk"] == [] and answer["resolved"] is None
    finally:
        release.set()


def test_bad_input_is_a_sentence_and_a_valid_answer():
    answer = assert_valid(explain.explain("bad\x00path", check_sudo=False))
    assert answer["errors"] == ["The path is empty or holds a NUL character."]


@pytest.mark.root
def test_as_root_the_answer_is_valid_and_measured(scratch):
    target = scratch / "f"
    target.write_text("x")
    answer = assert_valid(explain.explain(str(target), check_sudo=False))
    assert answer["operations"]["read"] == {
        "allowed": True,
        "measured": True,
        "reason": "faccessat(R_OK) says yes.",
        "fix": None,
    }
    assert answer["target"]["immutable"] is False


def test_the_answer_the_frontend_tests_render_follows_the_schema():
    """fixtures/explain/sandbox-root-owned.json: `explain --json` in the sandbox (with sudo,
    ~/cases/root-owned.txt of container root's), rendered by the jest tests."""
    answer = json.loads((FIXTURES / "explain" / "sandbox-root-owned.json").read_text())
    assert_valid(answer)
    assert answer["operations"]["write"]["fix"].startswith("sudo works here without a password")


@pytest.mark.parametrize(
    "mode", [0o000, 0o007, 0o070, 0o700, 0o644, 0o660, 0o755, 0o777, 0o202, 0o420]
)
@pytest.mark.parametrize(
    ("who", "uid", "gid"),
    [
        (Identity(1000, 100, (50,)), 1000, 0),
        (Identity(1000, 100, (50,)), 0, 50),
        (Identity(1, 1, ()), 0, 0),
    ],
)
def test_the_fast_class_check_agrees_with_dac(who, uid, gid, mode):
    for want in (READ, WRITE, EXECUTE, READ | WRITE):
        decision = permissions.dac(who, uid, gid, mode, want)
        fast = permissions.denied_class(who, uid, gid, mode, want)
        assert fast == (None if decision.allowed else decision.applied)


@pytest.mark.root
def test_a_torn_acl_is_a_sentence_in_that_answer_only(scratch):
    torn = scratch / "torn"
    torn.write_text("x")
    reader = read.PathReader()
    # The ext4 here refuses a malformed ACL, so the ACL bytes are stood in for at the one
    # place that reads them; the parsing and the reporting are what is under test.
    facts = reader.facts(str(torn))
    facts.acl = ACL_BYTES[:-3]
    context = explain._context(reader, False)
    assert explain._acl_entries(facts, context) is None
    assert context.errors == [
        f"The ACL of {torn} could not be read: ACL xattr of 49 bytes does not hold whole entries."
    ]
    clean = explain.explain(str(scratch), reader, check_sudo=False)
    assert clean["errors"] == []


@pytest.mark.root
def test_a_path_replaced_while_it_is_explained_says_so(scratch):
    target = scratch / "notebook.ipynb"
    target.write_text("{}")
    reader = read.PathReader()
    before = os.lstat(target)
    assert explain._changed(reader, str(target), str(target), before) is None
    # What an editor's atomic save does between the first look and the last.
    replacement = scratch / ".notebook.ipynb~"
    replacement.write_text("{}")
    keep = scratch / "keep"  # holds the old inode, so its number is not reused at once
    os.link(target, keep)
    os.replace(replacement, target)
    assert explain._changed(reader, str(target), str(target), before) == (
        f"{target} changed while it was explained: the answer may be out of date."
    )


@pytest.mark.root
@pytest.mark.parametrize("how", ["replaced", "removed", "chmod", "made a symlink"])
def test_a_walk_without_symlinks_is_checked_again_with_one_stat(scratch, how):
    directory = scratch / "d"
    directory.mkdir()
    target = directory / "notebook.ipynb"
    target.write_text("{}")
    reader = read.PathReader()
    steps, resolved, complete = reader.walk(str(target))
    assert complete and all(step.target is None for step in steps)
    before = steps[-1].info
    assert explain._changed(reader, str(target), resolved, before, steps) is None
    keep = scratch / "keep"  # holds the old inode, so its number is not reused at once
    os.link(target, keep)
    if how == "replaced":
        replacement = directory / ".notebook.ipynb~"
        replacement.write_text("{}")
        os.replace(replacement, target)
    elif how == "removed":
        target.unlink()
    elif how == "chmod":
        target.chmod(0o600)
    else:  # the directory on the way becomes a symlink to another one with the same name
        other = scratch / "other"
        other.mkdir()
        (other / "notebook.ipynb").write_text("{}")
        target.unlink()
        directory.rmdir()
        directory.symlink_to(other)
    assert explain._changed(reader, str(target), resolved, before, steps) == (
        f"{target} changed while it was explained: the answer may be out of date."
    )


@pytest.mark.parametrize(
    ("answer", "strict"),
    [
        (
            {"errors": ["No such file: /home/x\udc80y"]},
            {"errors": ["No such file: /home/x\ufffdy"]},
        ),
        ({"group\ud800": 1}, {"group\ufffd": 1}),
        ({"space": {"available_bytes": float("inf")}}, {"space": {"available_bytes": "inf"}}),
        (
            {"reason": "a name with \\udc80 written out"},
            {"reason": "a name with \\udc80 written out"},
        ),
    ],
)
def test_an_answer_json_cannot_carry_is_made_strict(answer, strict):
    # explain() returns every answer through parse.strict_json.
    assert parse.strict_json(answer) == strict
