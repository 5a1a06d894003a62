"""Where did the space go: `du -sx` semantics on real trees, the caches, the deleted files still
held open, the bounds, and that nothing in the tree changes. Every answer is checked against
space.schema.json."""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from as_other_user import run_as, world_readable_copy
from contract import assert_follows
from own_mount_namespace import run_scenario

from jupyterlab_isolation_info import cli
from jupyterlab_isolation_info.cli import SPACE_SCHEMA_PATH, main
from jupyterlab_isolation_info.collector import parse, read, render_space, space
from jupyterlab_isolation_info.collector.space import (
    cache_locations,
    cmdline_argv,
    condarc_pkgs_dirs,
    deleted_target,
    fdinfo_mount_id,
    kernel_id_from_argv,
    mounts_below,
)

HERE = Path(__file__).parent


def assert_valid(answer: dict) -> dict:
    return assert_follows(answer, SPACE_SCHEMA_PATH)


def du(path, *prefix) -> int:
    """`du -sx --block-size=1`: allocated bytes, one file system, hard links once."""
    done = subprocess.run(
        [*prefix, "du", "-sx", "--block-size=1", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return int(done.stdout.split()[0])


def walk(path, **kwargs) -> dict:
    kwargs.setdefault("environ", {"HOME": str(path)})
    return assert_valid(space.space(str(path), **kwargs))


def build(root: Path) -> None:
    """A tree with what du counts differently from a naive sum: a sparse file, hard links,
    symbolic links (to a folder outside, to a file, dangling), empty files and folders."""
    (root / "a" / "deep" / "deeper").mkdir(parents=True)
    (root / "b").mkdir()
    (root / "empty").mkdir()
    (root / "a" / "one.bin").write_bytes(os.urandom(100_000))
    (root / "a" / "deep" / "deeper" / "two.bin").write_bytes(b"x" * 1_000_001)
    (root / "b" / "small.txt").write_text("hello")
    (root / "b" / "zero").touch()
    with open(root / "b" / "sparse", "wb") as handle:
        handle.seek(50_000_000)
        handle.write(b"end")
    linked = root / "a" / "linked.bin"
    linked.write_bytes(b"L" * 2_000_000)
    os.link(linked, root / "b" / "same.bin")
    os.link(linked, root / "a" / "deep" / "again.bin")
    (root / "b" / "to-file").symlink_to(linked)
    (root / "b" / "dangling").symlink_to(root / "nowhere")


def snapshot(root: Path) -> dict:
    """(size, mode, mtime, ctime) of every entry, the root included."""
    seen = {}
    for folder, names, files in os.walk(root):
        for name in [".", *names, *files]:
            info = os.lstat(os.path.join(folder, name))
            seen[os.path.join(folder, name)] = (
                info.st_size,
                info.st_mode,
                info.st_mtime_ns,
                info.st_ctime_ns,
            )
    return seen


# --- pure parts, on verbatim text -----------------------------------------------------------

KERNEL_CMDLINE = (
    "/opt/conda/bin/python3.11\x00-m\x00ipykernel_launcher\x00-f\x00"
    "/home/sagemaker-user/.local/share/jupyter/runtime/"
    "kernel-0f3b2c6e-8a1d-4c55-9b0e-2f7d6a1e9c3b.json\x00"
)


@pytest.mark.parametrize(
    ("cmdline", "kernel_id"),
    [
        (KERNEL_CMDLINE, "0f3b2c6e-8a1d-4c55-9b0e-2f7d6a1e9c3b"),
        (
            "/usr/bin/python3\x00-m\x00ipykernel_launcher\x00--f=/root/.local/share/jupyter/"
            "runtime/kernel-v3e1a-77.json\x00",
            "v3e1a-77",
        ),
        (
            "/usr/lib/R/bin/exec/R\x00--slave\x00-e\x00IRkernel::main()\x00--args\x00"
            "/tmp/kernel-abc123.json\x00",
            "abc123",
        ),
        ("/opt/conda/bin/python\x00-m\x00jupyter\x00lab\x00--no-browser\x00", None),
        ("/usr/bin/python3\x00/tmp/kernel-x.json.bak\x00", None),
        ("", None),
    ],
)
def test_a_kernel_id_is_read_from_its_command_line(cmdline, kernel_id):
    assert kernel_id_from_argv(cmdline_argv(cmdline)) == kernel_id


@pytest.mark.parametrize(
    ("link", "path"),
    [
        ("/home/sagemaker-user/logs/train.log (deleted)", "/home/sagemaker-user/logs/train.log"),
        ("/tmp/a name with spaces (deleted)", "/tmp/a name with spaces"),
        ("/tmp/#2146381 (deleted)", "/tmp/#2146381"),  # an O_TMPFILE file
        ("/home/u/live.txt", None),
        ("pipe:[123456]", None),
        ("socket:[98765]", None),
        ("anon_inode:[eventfd]", None),
        ("/memfd:pyarrow (deleted)", None),
        ("/dev/shm/psm_1a2b3c (deleted)", None),
        ("/SYSV00000000 (deleted)", None),
    ],
)
def test_a_deleted_file_is_read_from_a_descriptor_link(link, path):
    assert deleted_target(link) == path


@pytest.mark.parametrize(
    ("text", "mount_id"),
    [
        ("pos:\t0\nflags:\t0100000\nmnt_id:\t24\nino:\t3\n", 24),
        ("pos:\t4096\nflags:\t02100002\nmnt_id:\t1187\n", 1187),
        ("pos:\t0\nflags:\t02\n", None),  # before Linux 3.15
    ],
)
def test_the_mount_of_a_descriptor_is_read_from_fdinfo(text, mount_id):
    assert fdinfo_mount_id(text) == mount_id


MOUNTINFO = """\
1281 1280 0:120 / / rw,relatime master:1 - overlay overlay rw,lowerdir=/l,upperdir=/u,workdir=/w
1290 1281 259:3 / /home/sagemaker-user rw,relatime - ext4 /dev/nvme1n1 rw
1291 1290 0:130 / /home/sagemaker-user/user-default-efs rw - nfs4 fs-0123.efs:/ rw,addr=10.0.0.5
1292 1290 0:131 / /home/sagemaker-user/data/scratch rw - tmpfs none rw,size=65536k
1293 1291 0:132 / /home/sagemaker-user/user-default-efs/inner rw - tmpfs none rw
1294 1281 0:133 / /home/sagemaker-user-other rw - tmpfs none rw
"""


def test_the_mounts_below_the_start_come_from_mountinfo():
    mounts = parse.parse_mountinfo(MOUNTINFO)
    below = [m["mount_point"] for m in mounts_below(mounts, "/home/sagemaker-user")]
    assert below == [
        "/home/sagemaker-user/user-default-efs",
        "/home/sagemaker-user/data/scratch",
        "/home/sagemaker-user/user-default-efs/inner",
    ]  # not the start itself, nor a sibling whose name starts the same


HOME = "/home/sagemaker-user"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        (
            {},
            {
                "pip": (f"{HOME}/.cache/pip", "default"),
                "conda": (f"{HOME}/.conda/pkgs", "default"),
                "huggingface": (f"{HOME}/.cache/huggingface/hub", "default"),
                "torch": (f"{HOME}/.cache/torch", "default"),
                "npm": (f"{HOME}/.npm/_cacache", "default"),
                "yarn": (f"{HOME}/.cache/yarn", "default"),
                "trash": (f"{HOME}/.local/share/Trash", "default"),
            },
        ),
        (
            {"XDG_CACHE_HOME": "/data/cache", "XDG_DATA_HOME": "~/share", "HF_HOME": "/models"},
            {
                "pip": ("/data/cache/pip", "XDG_CACHE_HOME"),
                "huggingface": ("/models/hub", "HF_HOME"),
                "torch": ("/data/cache/torch", "XDG_CACHE_HOME"),
                "yarn": ("/data/cache/yarn", "XDG_CACHE_HOME"),
                "trash": (f"{HOME}/share/Trash", "XDG_DATA_HOME"),
            },
        ),
        (
            {
                "PIP_CACHE_DIR": "/p",
                "HF_HUB_CACHE": "/h",
                "HF_HOME": "/ignored",
                "TORCH_HOME": "/t",
                "npm_config_cache": "/n",
                "YARN_CACHE_FOLDER": "/y",
                "CONDA_PKGS_DIRS": "/c1, /c2",
            },
            {
                "pip": ("/p", "PIP_CACHE_DIR"),
                "huggingface": ("/h", "HF_HUB_CACHE"),
                "torch": ("/t", "TORCH_HOME"),
                "npm": ("/n/_cacache", "npm_config_cache"),
                "yarn": ("/y", "YARN_CACHE_FOLDER"),
                "conda": ("/c1", "CONDA_PKGS_DIRS"),
            },
        ),
        (  # relative values are ignored, as the XDG specification asks
            {"XDG_CACHE_HOME": "relative/cache", "PIP_CACHE_DIR": ""},
            {"pip": (f"{HOME}/.cache/pip", "default")},
        ),
        (
            {"CONDA_EXE": "/opt/conda/bin/conda", "CONDA_PREFIX": "/opt/conda/envs/py"},
            {"conda": (f"{HOME}/.conda/pkgs", "default")},
        ),
    ],
)
def test_the_caches_are_located_from_the_environment(environ, expected):
    found = {}
    for cache in cache_locations(environ, HOME):
        found.setdefault(cache.id, (cache.path, cache.source))
    for cache_id, where in expected.items():
        assert found[cache_id] == where


def test_every_conda_package_folder_is_listed():
    environ = {"CONDA_EXE": "/opt/conda/bin/conda", "CONDA_PREFIX": "/opt/conda/envs/py"}
    conda = [(c.path, c.source) for c in cache_locations(environ, HOME) if c.id == "conda"]
    assert conda == [
        (f"{HOME}/.conda/pkgs", "default"),
        ("/opt/conda/pkgs", "CONDA_EXE"),
        ("/opt/conda/envs/py/pkgs", "CONDA_PREFIX"),
    ]
    both = {"CONDA_PKGS_DIRS": "/c1,/c2"}
    assert [c.path for c in cache_locations(both, HOME) if c.id == "conda"] == ["/c1", "/c2"]


@pytest.mark.parametrize(
    ("condarc", "expected"),
    [
        (
            "channels:\n  - conda-forge\npkgs_dirs:\n  - ~/conda-pkgs  # mine\n  - /opt/pkgs\n"
            "envs_dirs:\n  - /e\n",
            [f"{HOME}/conda-pkgs", "/opt/pkgs"],
        ),
        ("pkgs_dirs: [/a, '/b']\n", ["/a", "/b"]),
        ("pkgs_dirs:\n  - $HOME/pkgs\n  - relative\n", []),
        ("channels:\n  - defaults\n", []),
        ("  pkgs_dirs:\n  - /nested\n", []),  # indented: a key of something else
    ],
)
def test_pkgs_dirs_are_read_from_a_condarc(condarc, expected):
    assert condarc_pkgs_dirs(condarc, HOME) == expected
    conda = [c.path for c in cache_locations({}, HOME, condarc) if c.id == "conda"]
    assert conda == (expected or [f"{HOME}/.conda/pkgs"])


def test_no_environment_value_but_a_path_reaches_the_answer(tmp_path):
    secret = "AKIAEXAMPLESECRETVALUE"  # noqa: S105 - a stand-in that must not be printed
    environ = {
        "HOME": str(tmp_path),
        "AWS_SECRET_ACCESS_KEY": secret,
        "PIP_CACHE_DIR": f"{tmp_path}/pip",
        "HF_TOKEN": secret,
    }
    text = json.dumps(walk(tmp_path, environ=environ))
    assert secret not in text


# --- real trees -----------------------------------------------------------------------------


def test_the_total_is_what_du_says_and_nothing_changed(tmp_path):
    build(tmp_path)
    before = snapshot(tmp_path)
    answer = walk(tmp_path)
    assert snapshot(tmp_path) == before
    assert answer["complete"] is True and answer["errors"] == []
    assert answer["total"]["bytes"] == du(tmp_path)
    assert answer["total"]["at_least"] is False
    children = {Path(c["path"]).name: c["bytes"] for c in answer["children"]}
    # The hard links span a and b: the file counts in whichever the walk met first, as in du.
    assert children["empty"] == du(tmp_path / "empty")
    own = os.lstat(tmp_path).st_blocks * 512
    assert own + sum(children.values()) == answer["total"]["bytes"]
    linked = os.lstat(tmp_path / "a" / "linked.bin").st_blocks * 512
    assert du(tmp_path / "a") + du(tmp_path / "b") - children["a"] - children["b"] == linked
    deep = {f["path"]: f["bytes"] for f in answer["folders"]}
    assert deep[str(tmp_path / "a" / "deep" / "deeper")] == du(tmp_path / "a" / "deep" / "deeper")
    # The sparse file counts what it holds, not its 50 MB length.
    files = {f["path"]: f["bytes"] for f in answer["files"]}
    sparse = os.lstat(tmp_path / "b" / "sparse")
    assert files[str(tmp_path / "b" / "sparse")] == sparse.st_blocks * 512 < 1_000_000


def test_a_hard_linked_file_is_counted_once(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    data = tmp_path / "x" / "data.bin"
    data.write_bytes(b"d" * 4_000_000)
    alone = walk(tmp_path)["total"]["bytes"]
    os.link(data, tmp_path / "y" / "data.bin")
    os.link(data, tmp_path / "x" / "again.bin")
    answer = walk(tmp_path)
    assert answer["total"]["bytes"] == alone == du(tmp_path)
    assert answer["total"]["files"] == 3


def test_symbolic_links_are_not_followed(tmp_path):
    outside = Path(tempfile.mkdtemp(prefix="isolation-space-outside-"))
    try:
        (outside / "big.bin").write_bytes(b"o" * 5_000_000)
        (tmp_path / "tree").mkdir()
        (tmp_path / "tree" / "f.txt").write_text("x")
        before = walk(tmp_path / "tree")["total"]["bytes"]
        (tmp_path / "tree" / "to-folder").symlink_to(outside)
        (tmp_path / "tree" / "to-file").symlink_to(outside / "big.bin")
        (tmp_path / "tree" / "loop").symlink_to(tmp_path / "tree")
        answer = walk(tmp_path / "tree")
        links = sum(
            os.lstat(tmp_path / "tree" / n).st_blocks * 512
            for n in ("to-folder", "to-file", "loop")
        )
        assert answer["total"]["bytes"] == before + links == du(tmp_path / "tree")
        assert answer["total"]["bytes"] < 5_000_000
        assert not any("big.bin" in f["path"] for f in answer["files"])
    finally:
        shutil.rmtree(outside)


def test_a_start_through_a_link_is_walked_where_it_leads(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "f.bin").write_bytes(b"r" * 100_000)
    (tmp_path / "link").symlink_to(tmp_path / "real")
    answer = walk(tmp_path / "link")
    assert answer["path"] == str(tmp_path / "link")
    assert answer["resolved"] == str(tmp_path / "real")
    assert answer["total"]["bytes"] == du(tmp_path / "real")


def test_the_largest_are_bounded_and_largest_first(tmp_path):
    for index in range(30):
        folder = tmp_path / f"d{index:02}"
        folder.mkdir()
        (folder / "f.bin").write_bytes(b"z" * (index + 1) * 10_000)
    answer = walk(tmp_path, top=5)
    names = [Path(f["path"]).name for f in answer["children"]]
    assert names == ["d29", "d28", "d27", "d26", "d25"]
    assert len(answer["folders"]) == len(answer["files"]) == 5
    sizes = [f["bytes"] for f in answer["folders"]]
    assert sizes == sorted(sizes, reverse=True)
    assert answer["total"]["bytes"] == du(tmp_path)


def test_a_drill_down_is_the_same_answer_for_a_folder_inside(tmp_path):
    deeper = tmp_path / "a" / "deep" / "deeper"
    deeper.mkdir(parents=True)
    (deeper / "two.bin").write_bytes(b"x" * 1_000_001)
    (tmp_path / "a" / "one.bin").write_bytes(b"y" * 100_000)
    (tmp_path / "b").mkdir()
    whole = walk(tmp_path)
    inside = walk(tmp_path / "a")
    sizes = {c["path"]: c["bytes"] for c in whole["folders"]}
    assert inside["total"]["bytes"] == sizes[str(tmp_path / "a")] == du(tmp_path / "a")
    assert [c["path"] for c in inside["children"]] == [str(tmp_path / "a" / "deep")]
    assert inside["children"][0]["bytes"] == sizes[str(tmp_path / "a" / "deep")]


def test_caches_checkpoints_and_the_trash_are_named_sized_and_cleared_by_a_command(tmp_path):
    home = tmp_path
    sizes = {
        "pip-here/http/x": 300_000,
        "models/hub/models--gpt2/blobs/b": 700_000,
        "xdg/torch/hub/checkpoints/r.pth": 200_000,
        "share/Trash/files/old.csv": 120_000,
        "share/Trash/info/old.csv.trashinfo": 90,
        "pkgs/numpy-1.26/lib.so": 50_000,
        "work/.ipynb_checkpoints/a-checkpoint.ipynb": 40_000,
        "work/sub/.ipynb_checkpoints/b-checkpoint.ipynb": 30_000,
        "npm-real/_cacache/content-v2/x": 60_000,
        "npm-real/_logs/debug.log": 5_000,
    }
    for name, size in sizes.items():
        (home / name).parent.mkdir(parents=True, exist_ok=True)
        (home / name).write_bytes(b"c" * size)
    (home / "npm-link").symlink_to(home / "npm-real")  # a cache through a link
    environ = {
        "HOME": str(home),
        "PIP_CACHE_DIR": str(home / "pip-here"),
        "HF_HOME": str(home / "models"),
        "XDG_CACHE_HOME": str(home / "xdg"),
        "XDG_DATA_HOME": str(home / "share"),
        "CONDA_PKGS_DIRS": str(home / "pkgs"),
        "npm_config_cache": "~/npm-link",
    }
    answer = walk(home, environ=environ)
    caches = {c["id"]: c for c in answer["caches"]}
    for cache_id, folder in (
        ("pip", "pip-here"),
        ("huggingface", "models/hub"),
        ("torch", "xdg/torch"),
        ("trash", "share/Trash"),
        ("conda", "pkgs"),
    ):
        cache = caches[cache_id]
        assert cache["found"] is True, cache
        assert cache["bytes"] == du(home / folder), cache_id
        assert cache["path"] == str(home / folder)
        assert cache["clear"]
    assert caches["pip"]["clear"] == "pip cache purge"
    assert caches["pip"]["source"] == "PIP_CACHE_DIR"
    assert caches["conda"]["clear"] == "conda clean --all"
    assert caches["huggingface"]["clear"] == "huggingface-cli delete-cache"
    assert "delete_to_trash" in caches["trash"]["note"]
    assert str(home / "share/Trash/files") in caches["trash"]["clear"]
    # The npm cache lies behind a link: sized where the link leads; its logs are not what
    # `npm cache clean` frees.
    assert caches["npm"]["bytes"] == du(home / "npm-real/_cacache") < du(home / "npm-real")
    assert caches["yarn"]["found"] is False
    checkpoints = answer["checkpoints"]
    assert checkpoints["folders"] == 2
    assert checkpoints["bytes"] == du(home / "work/.ipynb_checkpoints") + du(
        home / "work/sub/.ipynb_checkpoints"
    )
    text = render_space.to_text(answer)
    assert "pip cache purge" in text and ".ipynb_checkpoints folders (2)" in text
    assert "delete_to_trash = False" in text


def test_a_cache_outside_the_walk_is_named_not_sized(tmp_path):
    (tmp_path / "home").mkdir()
    (tmp_path / "elsewhere").mkdir()
    environ = {"HOME": str(tmp_path / "home"), "PIP_CACHE_DIR": str(tmp_path / "elsewhere")}
    pip = next(c for c in walk(tmp_path / "home", environ=environ)["caches"] if c["id"] == "pip")
    assert pip["found"] is None and pip["bytes"] is None
    assert pip["reason"].startswith("Outside the walked folder")


HOLDER = """
import os, sys
path = sys.argv[1]
with open(path, "wb") as handle:
    handle.write(b"h" * 3_000_000)
handle = open(path, "rb")
os.unlink(path)
print("ready", flush=True)
sys.stdin.read()
"""


def test_a_deleted_file_still_held_open_is_found_with_its_holder(tmp_path):
    path = tmp_path / "train.log"
    connection = tmp_path / "kernel-5a1b-77c.json"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), "-f", str(connection)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline() == "ready\n"
        answer = walk(tmp_path)
    finally:
        child.stdin.close()
        child.wait(timeout=10)
    held = answer["held_deleted"]
    mine = [f for f in held["files"] if f["path"] == str(path)]
    assert len(mine) == 1, held
    (found,) = mine
    assert found["bytes"] >= 3_000_000 and found["apparent_bytes"] == 3_000_000
    (holder,) = found["holders"]
    assert holder["pid"] == child.pid and holder["process"].startswith("python")
    assert holder["kernel_id"] == "5a1b-77c"  # its command line names a connection file
    assert held["bytes"] >= found["bytes"]
    # du cannot see it: the walk's total does not hold it either.
    assert answer["total"]["bytes"] == du(tmp_path) < 3_000_000
    text = render_space.to_text(answer)
    assert "Deleted but still held open" in text and "kernel 5a1b-77c" in text


def many_files(root: Path, count: int) -> None:
    for index in range(count):
        folder = root / f"f{index // 100}"
        folder.mkdir(exist_ok=True)
        (folder / str(index)).write_bytes(b"m" * 5000)


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"max_entries": 500}, "entries"),
        ({"time_limit": 0.0}, "time"),
        ({"cancel": "set"}, "cancelled"),
    ],
)
def test_a_stopped_walk_is_a_partial_answer_that_says_why(tmp_path, kwargs, reason):
    many_files(tmp_path, 3000)
    before = snapshot(tmp_path)
    if kwargs.get("cancel") == "set":
        kwargs["cancel"] = threading.Event()
        kwargs["cancel"].set()
    answer = walk(tmp_path, **kwargs)
    assert snapshot(tmp_path) == before
    assert answer["complete"] is False
    assert answer["stopped"]["reason"] == reason
    assert "at least" in answer["stopped"]["sentence"]
    assert answer["total"]["at_least"] is True
    assert 0 < answer["total"]["bytes"] < du(tmp_path)
    if reason == "entries":
        assert answer["total"]["entries"] == 500
    assert all(f["at_least"] for f in answer["folders"] if f["path"] == str(tmp_path))
    assert "at least" in render_space.to_text(answer)


def test_cancelling_from_another_thread_stops_the_walk_and_progress_is_reported(tmp_path):
    many_files(tmp_path, 5000)
    cancel = threading.Event()
    seen = []

    def progress(entries, allocated):
        seen.append((entries, allocated))
        if entries > 2000:
            cancel.set()  # as a server would, from its handler

    answer = walk(tmp_path, cancel=cancel, progress=progress)
    assert answer["stopped"]["reason"] == "cancelled"
    assert answer["total"]["entries"] < 5000
    assert seen and seen == sorted(seen)


def test_a_folder_deeper_than_the_bound_is_named_not_entered(tmp_path, monkeypatch):
    monkeypatch.setattr(space, "MAX_DEPTH", 3)
    deep = tmp_path / "1" / "2" / "3" / "4" / "5"
    deep.mkdir(parents=True)
    (deep / "f").write_bytes(b"d" * 10000)
    answer = walk(tmp_path)
    assert [(n["path"], n["reason"]) for n in answer["not_walked"]] == [
        (str(tmp_path / "1" / "2" / "3" / "4"), "depth")
    ]
    assert answer["total"]["at_least"] is True and answer["complete"] is False


@pytest.mark.parametrize(
    ("path", "sentence"),
    [
        ("/nonexistent-space-test/x", "No such file"),
        ("/proc", "a kernel file system"),
        ("", "empty"),
    ],
)
def test_what_cannot_be_walked_is_a_sentence(path, sentence):
    answer = assert_valid(space.space(path, environ={"HOME": "/tmp"}))
    assert answer["total"]["bytes"] is None and answer["complete"] is False
    assert any(sentence in error for error in answer["errors"]), answer["errors"]
    assert "not walked" in render_space.to_text(answer)


def test_the_root_is_walked_without_entering_proc_sys_or_any_other_mount():
    answer = assert_valid(space.space("/", environ={"HOME": "/root"}, max_entries=3000))
    assert answer["stopped"]["reason"] == "entries"
    mounts = {n["path"]: n["filesystem"] for n in answer["not_walked"] if n["reason"] == "mount"}
    assert mounts["/proc"] == "proc"
    assert not any(f["path"].startswith("/proc/") for f in answer["folders"])


def test_a_file_is_not_a_folder(tmp_path):
    (tmp_path / "f").write_text("x")
    answer = walk(tmp_path / "f")
    assert answer["errors"] == [f"{tmp_path / 'f'} is not a folder."]


def test_a_start_on_a_network_file_system_is_refused_before_anything_there_is_looked_at(
    tmp_path,
):
    """Where mountinfo puts the start on NFS (as EFS is), nothing is walked: its listing and
    each stat could wait on the server for ever."""
    reader = read.Reader()
    mounts = parse.parse_mountinfo(
        MOUNTINFO + f"1300 1281 0:140 / {tmp_path} rw - nfs4 fs-1.efs:/ rw,addr=10.0.0.9\n"
    )
    reader.own_mountinfo = lambda: mounts  # verbatim mountinfo text stands in for this one
    answer = assert_valid(space.space(str(tmp_path), reader, environ={"HOME": str(tmp_path)}))
    assert answer["total"]["bytes"] is None
    assert answer["filesystem"]["type"] == "nfs4"
    assert "network or FUSE file system" in answer["errors"][0]


@pytest.mark.root
def test_an_unreadable_folder_is_named_with_why_and_the_total_is_at_least():
    package = world_readable_copy()
    tree = Path(tempfile.mkdtemp(prefix="isolation-space-tree-"))
    try:
        os.chmod(tree, 0o755)  # noqa: S103 - nobody must traverse it
        (tree / "open").mkdir()
        (tree / "open" / "f.bin").write_bytes(b"o" * 200_000)
        (tree / "closed").mkdir()
        (tree / "closed" / "hidden.bin").write_bytes(b"c" * 900_000)
        (tree / "listable-only").mkdir()  # read but no search: names, no sizes
        (tree / "listable-only" / "x.bin").write_bytes(b"x" * 100_000)
        for root, folders, files in os.walk(tree):
            for name in folders:
                os.chmod(os.path.join(root, name), 0o755)  # noqa: S103 - as above
            for name in files:
                os.chmod(os.path.join(root, name), 0o644)
        os.chmod(tree / "closed", 0o000)
        os.chmod(tree / "listable-only", 0o444)
        before = snapshot(tree)
        done = run_as(
            65534,
            65534,
            ["-m", "jupyterlab_isolation_info", "space", str(tree), "--json"],
            package,
        )
        assert done.returncode == 0, done.stderr
        answer = assert_valid(json.loads(done.stdout))
        assert snapshot(tree) == before
        unreadable = {u["path"]: u["reason"] for u in answer["unreadable"]}
        closed = tree / "closed"
        assert (
            unreadable[str(closed)] == f"Permission denied: {closed} cannot be read by this user."
        )
        # Its names are listed, each entry's size is refused (no search permission).
        entry = tree / "listable-only" / "x.bin"
        assert unreadable[str(tree / "listable-only")] == (
            f"{entry} cannot be looked up: no search permission above it."
        )
        assert f"\n  Permission denied: {closed} cannot be read by this user.\n" in (
            render_space.to_text(answer)
        )
        assert str(tree / "open") not in unreadable
        assert answer["total"]["at_least"] is True and answer["complete"] is False
        by_path = {c["path"]: c for c in answer["children"]}
        assert by_path[str(tree / "open")]["at_least"] is False
        assert by_path[str(tree / "closed")]["at_least"] is True
        as_nobody = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
        assert answer["total"]["bytes"] == du(tree, *as_nobody)
        assert answer["total"]["bytes"] < du(tree)  # root sees what nobody cannot
    finally:
        os.chmod(tree / "closed", 0o700)
        os.chmod(tree / "listable-only", 0o700)
        shutil.rmtree(tree)
        shutil.rmtree(package)


@pytest.mark.root
def test_a_tmpfs_and_a_dead_fuse_mount_below_are_named_and_never_entered():
    """A real tmpfs (with data) and a FUSE mount whose daemon never answers, in a mount
    namespace of this test's own: both are named from mountinfo, neither is looked at, the
    walk does not wait, and the total is du's on the one file system."""
    seen = run_scenario("space_mounts_scenario.py")
    answer = assert_valid(seen["answer"])
    root = seen["root"]
    assert seen["seconds"] < 5  # a guard would take 1 s; nothing here waits at all
    assert answer["errors"] == [] and answer["complete"] is True
    named = {n["path"]: (n["reason"], n["filesystem"]) for n in answer["not_walked"]}
    assert named == {f"{root}/data/scratch": ("mount", "tmpfs"), f"{root}/efs": ("mount", "fuse")}
    # du ran before the dead mount was made; the folder under it is hidden now, as du -x hides it.
    assert answer["total"]["bytes"] == seen["du_with_tmpfs"] - seen["dead_dir_bytes"]
    assert answer["total"]["bytes"] < 1_000_000  # the tmpfs's megabyte is not counted
    torch = next(c for c in answer["caches"] if c["id"] == "torch")
    assert torch["reason"] == f"On another file system, mounted at {root}/efs: not sized here."
    text = render_space.to_text(answer)
    assert f"{root}/efs (fuse)" in text
    # A start inside the dead mount: its lookup runs under the guard, one sentence, no walk.
    inside = assert_valid(seen["inside_dead"])
    assert 0.9 < seen["inside_seconds"] < 5
    assert inside["total"]["bytes"] is None
    assert "did not answer within 1 s (a stalled network mount?)" in inside["errors"][0]


# --- the command line -----------------------------------------------------------------------


def run(capsysbinary, *argv):
    status = main(list(argv))
    captured = capsysbinary.readouterr()
    return status, captured.out.decode("utf-8"), captured.err.decode("utf-8")


def test_the_cli_prints_the_schema_json_and_text(capsysbinary, tmp_path, monkeypatch):
    build(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    status, out, _ = run(capsysbinary, "space", "--schema")
    assert status == 0 and json.loads(out) == json.loads(SPACE_SCHEMA_PATH.read_text())
    status, out, _ = run(capsysbinary, "space", "--json")  # the home by default
    assert status == 0
    answer = assert_valid(json.loads(out))
    assert answer["resolved"] == str(tmp_path) and answer["total"]["bytes"] == du(tmp_path)
    status, out, _ = run(capsysbinary, "space", str(tmp_path), "--top", "2")
    assert status == 0
    assert out.startswith(f"Space of {tmp_path}: ")
    assert "Largest folders here:" in out and "Largest files:" in out
    assert "Nothing was deleted or changed" in out


def test_the_cli_escapes_names_and_refuses_bad_arguments(capsysbinary, tmp_path):
    odd = os.path.join(os.fsencode(str(tmp_path)), b"x\xff\x1b]0;owned\x07\xe2\x80\xae")
    os.mkdir(odd)
    with open(os.path.join(odd, b"f"), "wb") as handle:
        handle.write(b"x" * 10000)
    status, out, _ = run(capsysbinary, "space", str(tmp_path))
    assert status == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "x\\xff\\x1b]0;owned\\x07\\u202e" in out
    status, out, _ = run(capsysbinary, "space", str(tmp_path), "--json")
    assert status == 0  # JSON carries the name, a byte that is not UTF-8 as \xNN
    assert json.loads(out)["children"][0]["path"] == f"{tmp_path}/x\\xff\x1b]0;owned\x07\u202e"
    for bad in (("--top", "0"), ("--time-limit", "nan"), ("--max-entries", "-1"), ("--nope",)):
        status, _, err = run(capsysbinary, "space", *bad)
        assert status == 2 and err


def test_ctrl_c_cancels_the_walk_and_what_it_found_is_printed():
    """The CLI walks on a thread of its own; Ctrl-C in the main thread sets the walk's cancel
    event, and the partial answer comes back instead of a traceback."""

    def work(cancel):
        threading.Timer(0.1, signal.raise_signal, (signal.SIGINT,)).start()
        assert cancel.wait(10)
        return "what was found so far"

    assert cli._interruptible(work) == "what was found so far"


def test_the_walk_is_near_du_in_time(tmp_path):
    """A smoke bound here (bench/space_walk.py measures it): 20,000 entries well under a
    second or two, whatever else this machine runs."""
    many_files(tmp_path, 20000)
    began = time.monotonic()
    answer = walk(tmp_path, held=False)
    assert answer["total"]["bytes"] == du(tmp_path)
    assert time.monotonic() - began < 5
