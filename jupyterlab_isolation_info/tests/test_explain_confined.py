"""What the server's Explain may say, against hostile trees: confined to the file browser's root
(nothing outside it is looked at or named, a refusal says the same whether something outside
exists), hidden names counted not named, answers bounded, a folder swapped for a symlink while
it is explained never leading outside, and the path asked for being the path explained."""

import ctypes
import json
import os
import threading
from pathlib import Path

import pytest
from as_other_user import run_as
from test_explain import NOBODY, assert_valid, package, scratch  # noqa: F401 - fixtures

from jupyterlab_isolation_info import explain_service
from jupyterlab_isolation_info.collector import explain, read, walk

LEFT = explain_service.LEFT_ROOT


def served(root: Path, path: str, allow_hidden: bool = False) -> dict:
    return assert_valid(explain_service.explain_in_root(str(root), path, allow_hidden))


def refusal(root: Path, path: str, allow_hidden: bool = False) -> str:
    with pytest.raises(explain_service.Refused) as refused:
        explain_service.explain_in_root(str(root), path, allow_hidden)
    return str(refused.value)


@pytest.fixture
def tree(tmp_path):
    """root/ beside outside/secret/ in a scratch directory."""
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.txt").write_text("a")
    secret = tmp_path / "outside" / "secret"
    secret.mkdir(parents=True)
    (secret / "secret_entry").write_text("s")
    return root


def test_a_link_through_an_outside_folder_is_refused_the_same_whether_it_exists(tree):
    outside = tree.parent / "outside"
    (tree / "through").symlink_to(f"{outside}/secret/../../root/a.txt")
    (tree / "through_missing").symlink_to(f"{outside}/nothing/../../root/a.txt")
    (tree / "up").symlink_to("..")
    (tree / "up_and_back").symlink_to("../root/a.txt")
    # The CLI, as the user, follows the same link where it leads.
    assert explain.explain(str(tree / "through"), check_sudo=False)["exists"] is True
    for name in ("through", "through_missing", "up", "up/outside"):
        assert refusal(tree, name) == LEFT, name
    # Up to the root's parent and straight back down passes nothing the way to the root does
    # not: answered, with only what lies inside shown.
    back = served(tree, "up_and_back")
    assert back["resolved"] == str(tree / "a.txt")
    assert all(step["path"].startswith(str(tree)) for step in back["walk"])


def test_nothing_outside_the_root_is_named_and_the_way_down_is_counted(tree):
    (tree / ".git").mkdir()  # a work tree at the root is the root's: named
    parent_git = tree.parent / ".git"
    parent_git.mkdir()
    answer = served(tree, "a.txt")
    paths = [step["path"] for step in answer["walk"]]
    assert paths == [str(tree), str(tree / "a.txt")]
    ancestors = len(tree.parts) - 1  # '/', then each directory above the root
    assert answer["withheld"]["walk_steps"] == ancestors
    assert answer["withheld"]["reasons"][0].startswith(f"The {ancestors} steps that lead")
    assert answer["git"]["work_tree"] == str(tree)
    (tree / ".git").rmdir()
    assert served(tree, "a.txt")["git"] is None  # the parent's work tree is never named
    assert explain.explain(str(tree / "a.txt"), check_sudo=False)["git"]["work_tree"] == str(
        tree.parent
    )


def test_hidden_steps_and_link_targets_are_counted_not_named(tree):
    (tree / ".hid").mkdir()
    (tree / "b.txt").write_text("b")
    (tree / "via").symlink_to(".hid/../b.txt")
    answer = served(tree, "via")
    text = json.dumps(answer)
    assert ".hid" not in text
    assert answer["resolved"] == str(tree / "b.txt")
    assert (
        "Hidden names are not shown (ContentsManager.allow_hidden is off)."
        in (answer["withheld"]["reasons"])
    )
    shown = served(tree, "via", allow_hidden=True)
    assert ".hid" in json.dumps(shown["walk"])
    assert refusal(tree, ".hid") == explain_service.HIDDEN


def test_a_link_to_a_hidden_file_is_refused(tree):
    (tree / ".ssh_key").write_text("k")
    (tree / "key").symlink_to(".ssh_key")
    assert "hidden file" in refusal(tree, "key")


SCRIPT = """
import json, sys
from jupyterlab_isolation_info import explain_service
root, path, hidden = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
print(json.dumps(explain_service.explain_in_root(root, path, hidden)))
"""


@pytest.mark.root
def test_hidden_entries_you_cannot_modify_are_counted_not_named(package, scratch):  # noqa: F811
    folder = scratch / "shared"
    folder.mkdir()
    for name in ("visible.csv", ".ssh_key", ".env"):
        (folder / name).write_text("x")
    os.chmod(folder, 0o755)  # noqa: S103 - root's folder, which nobody may read, not change
    done = run_as(NOBODY, NOBODY, ["-c", SCRIPT, str(scratch), "shared", "0"], package)
    assert done.returncode == 0, done.stderr
    answer = assert_valid(json.loads(done.stdout))
    entries = answer["entries"]
    assert entries["cannot_modify"] == 3
    assert [entry["name"] for entry in entries["named"]] == ["visible.csv"]
    assert answer["withheld"]["entries"] == 2
    assert ".ssh_key" not in done.stdout and ".env" not in done.stdout


@pytest.mark.parametrize("path", ["a.txt/", "a.txt/."])
def test_a_file_named_as_a_directory_is_answered_as_the_kernel_does(tree, path):
    answer = served(tree, path)
    assert answer["stopped_at"]["path"] == str(tree / "a.txt")
    assert "is not a directory" in answer["stopped_at"]["reason"]
    assert {op["allowed"] for op in answer["operations"].values()} == {False}
    with pytest.raises(NotADirectoryError):  # as the kernel answers it
        os.stat(f"{tree}/{path}")


def test_spaces_and_backslashes_are_part_of_the_name(tree):
    (tree / "notes.txt ").write_text("x")
    os.chmod(tree / "notes.txt ", 0o600)
    (tree / "back\\slash").write_text("x")
    assert served(tree, "notes.txt ")["target"]["mode"] == "0600"
    assert served(tree, "back\\slash")["resolved"] == str(tree / "back\\slash")


def chain(tree: Path, name: str, links: int, end: str) -> None:
    """name -> d/../d/../…/../name1 -> … -> …/../end: each link about 4 KiB of '..'."""
    (tree / "d").mkdir(exist_ok=True)
    for index in range(links):
        following = f"{name}{index + 1}" if index + 1 < links else end
        (tree / f"{name}{index or ''}").symlink_to("d/" + "../d/" * 780 + "../" + following)


def test_a_chain_of_dotdots_gives_a_bounded_answer(tree):
    chain(tree, "e", 2, "a.txt")  # some 3,100 steps
    answer = served(tree, "e")
    size = len(json.dumps(answer))
    assert answer["exists"] is True and size < 256 * 1024
    assert len(answer["walk"]) <= explain.MAX_SHOWN_STEPS
    assert answer["withheld"]["walk_steps"] > 3000
    assert any("left out to keep the answer small" in r for r in answer["withheld"]["reasons"])
    assert answer["walk"][-1]["path"] == str(tree / "a.txt")
    # A lookup past the bound stops, unknown, with its sentence.
    chain(tree, "f", 4, "a.txt")
    long = served(tree, "f")
    assert len(json.dumps(long)) < 256 * 1024
    assert long["stopped_at"]["reason"].startswith(
        f"The lookup went on for more than {walk.MAX_LOOKUP_STEPS} steps"
    )


RENAME_EXCHANGE = 2
AT_FDCWD = -100


def test_a_folder_swapped_for_a_symlink_never_leads_outside(tree):
    """renameat2(RENAME_EXCHANGE) in a loop swaps swp (a folder inside) with a symlink to a
    folder outside while swp/inner is explained; no answer names anything outside."""
    libc = ctypes.CDLL(None, use_errno=True)
    inner = tree / "swp" / "inner"
    inner.mkdir(parents=True)
    (inner / "inside_entry").write_text("x")
    outside = tree.parent / "outside" / "secret"
    (outside / "inner").mkdir()
    (outside / "inner" / "secret_entry").write_text("x")
    (tree / "swap").symlink_to(outside)
    one, other = os.fsencode(tree / "swp"), os.fsencode(tree / "swap")
    stop = threading.Event()
    swaps = []

    def swapper():
        while not stop.is_set():
            if libc.renameat2(AT_FDCWD, one, AT_FDCWD, other, RENAME_EXCHANGE) == 0:
                swaps.append(1)

    thread = threading.Thread(target=swapper, daemon=True)
    thread.start()
    seen = {"answered": 0, "refused": 0}
    try:
        for _ in range(150):
            try:
                answer = assert_valid(explain_service.explain_in_root(str(tree), "swp/inner", True))
            except explain_service.Refused as refused:
                assert str(refused) == LEFT
                seen["refused"] += 1
                continue
            text = json.dumps(answer)
            assert "secret" not in text and str(outside) not in text
            seen["answered"] += 1
    finally:
        stop.set()
        thread.join()
    assert len(swaps) > 150 and seen["answered"] and seen["refused"]


def test_a_lookup_releases_its_descriptors(tree):
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(20):
        served(tree, "a.txt")
        served(tree, "")
    assert len(os.listdir("/proc/self/fd")) <= before + 1


class LinkedOntoNfs(read.PathReader):
    """A local tree whose 'efs' folder counts as on a file system that may stall."""

    def __init__(self, stalls: str):
        super().__init__()
        self.stalls = stalls

    def may_stall(self, located: str) -> bool:
        return located == self.stalls or located.startswith(self.stalls + "/")


def test_where_a_path_leads_decides_the_guard_not_the_path_as_asked(tree):
    efs = tree / "efs"
    efs.mkdir()
    (efs / "notes.txt").write_text("x")
    (tree / "to_efs").symlink_to("efs")
    reader = LinkedOntoNfs(str(efs))
    via = str(tree / "to_efs" / "notes.txt")
    assert reader.may_stall(via) is False  # the path as asked lies on the local disk
    assert reader.leads_to_stall(via) is True  # where it leads may stall
    assert reader.leads_to_stall(str(tree / "a.txt")) is False
    release = threading.Event()
    try:  # a stuck call on the mount: the lookup through the link is not tried again there
        with pytest.raises(read.Stalled):
            read.with_timeout(lambda: release.wait(10), 0.2, "stat of efs", str(efs))
        found = explain.explain(via, reader, check_sudo=False, named="to_efs/notes.txt")
        assert found["errors"][-1].startswith("Resolving to_efs/notes.txt was not tried")
        assert found["walk"] == [] and found["resolved"] is None
    finally:
        release.set()


def test_a_path_deeper_than_the_descriptors_kept_is_looked_up_whole(tree):
    """Only the last KEEP_OPEN directories keep their descriptors; going back up past them
    reopens each through '..' and checks it is the directory that was there."""
    depth = walk.KEEP_OPEN + 6
    deep = tree.joinpath(*["d"] * depth)
    deep.mkdir(parents=True)
    (deep / "f.txt").write_text("x")
    down = "/".join(["d"] * depth)
    answer = served(tree, f"{down}/f.txt")
    assert answer["resolved"] == str(deep / "f.txt")
    assert answer["operations"]["delete"]["allowed"] is True
    (tree / "up").symlink_to(f"{down}/" + "../" * depth + "a.txt")
    back = served(tree, "up")
    assert back["resolved"] == str(tree / "a.txt") and back["exists"] is True
