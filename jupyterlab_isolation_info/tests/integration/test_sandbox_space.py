"""Where the space went, in a Studio-like sandbox, held against df and du run in the same sandbox.

One sandbox (scripts/studio-sandbox): a home on a 16 MiB tmpfs of 1000 inodes, a tmpfs mounted
under it, a 1 MiB /dev/shm and, at ~/user-default-efs, a FUSE mount that never answers (a dead
EFS). Inside it, as sagemaker-user, sandbox_space_scenario.py lays the home out (caches at their
default places and one moved by HF_HOME, a Trash, a folder of mode 000, hard links, a notebook),
starts a real `jupyter server`, whose kernel for analysis.ipynb writes a file, unlinks it and
keeps it open, fills the home to 93 % and then runs the report, the space walk (the CLI and the
server's route), df, du and an lstat of every entry before and after.
"""

import importlib.util
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from as_other_user import readable_venv
from contract import assert_follows, assert_valid
from test_sandbox import SANDBOX

from jupyterlab_isolation_info.cli import SPACE_SCHEMA_PATH
from jupyterlab_isolation_info.collector.limits import human_bytes
from jupyterlab_isolation_info.collector.volumes import FIGURES

REPO = SANDBOX.parents[1]
HERE = Path(__file__).parent
BUILDER = REPO / "scripts" / "sandbox" / "space-home.py"
SCENARIO = HERE / "sandbox_space_scenario.py"
STUDIO_LAB = REPO / "scripts" / "studio-lab"
HOME = "/home/sagemaker-user"
HOME_BYTES, HOME_INODES = 16 * 1024 * 1024, 1000
SHM_BYTES = 1024 * 1024


def builder():
    spec = importlib.util.spec_from_file_location("space_home", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Readable:
    """What the sandbox's user runs, where that user can read it: a venv (the checkout's, or
    the world-readable copy staged for a clone under /root, as CI makes) and the two scenario
    scripts copied under /tmp; the sandbox's /tmp is its own, so those are bound in."""

    def __init__(self, scripts: Path):
        self.venv = readable_venv()
        self.python = str(self.venv / "bin" / "python")
        self.scenario = str(scripts / SCENARIO.name)
        self.builder = str(scripts / BUILDER.name)
        self.binds = []
        for path in (self.venv, scripts):
            if str(path).startswith("/tmp/"):
                self.binds += ["--ro-bind", f"{path}:{path}"]


@pytest.fixture(scope="module")
def readable():
    assert os.geteuid() == 0, "the sandbox integration tests need root (CI runs as root)"
    scripts = Path(tempfile.mkdtemp(prefix="isolation-space-", dir="/tmp"))
    try:
        scripts.chmod(0o755)
        for script in (SCENARIO, BUILDER):
            shutil.copyfile(script, scripts / script.name)
            (scripts / script.name).chmod(0o644)
        yield Readable(scripts)
    finally:
        shutil.rmtree(scripts, ignore_errors=True)


@pytest.fixture(scope="module")
def seen(readable):
    if not os.path.exists("/dev/fuse"):
        pytest.skip("this machine has no /dev/fuse to mount a file system that never answers")
    done = subprocess.run(
        [
            str(SANDBOX),
            *readable.binds,
            *("--home-tmpfs", f"{HOME_BYTES}:{HOME_INODES}"),
            *("--tmpfs", f"{HOME}/data:2m"),
            *("--shm", str(SHM_BYTES)),
            *("--stalled-fuse", f"{HOME}/user-default-efs"),
            *("--setenv", f"HF_HOME={HOME}/hf-home"),
            *("--setenv", f"PATH={readable.venv}/bin:/usr/bin:/bin"),
            "--",
            *(readable.python, readable.scenario, readable.builder),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def volume(seen, point):
    return next(v for v in assert_valid(seen["report"])["volumes"] if v["mount_point"] == point)


def test_every_volume_has_dfs_figures(seen):
    for point, before in seen["df_before"].items():
        after = seen["df_after"][point]
        figures = [volume(seen, point)[name] for name in FIGURES]
        if before == after:
            assert figures == before, point
            continue
        # / is the host's: others write there while the report is made. What does not move
        # with their writes is still df's: the size, used + available (blocks less the root
        # reserve) and the inode table; the moving figures are near df's.
        assert point == "/"
        size, used, available, inodes, inodes_used, inodes_available = figures
        assert size == before[0] and inodes == before[3]
        assert used + available == before[1] + before[2] == after[1] + after[2]
        assert inodes_used + inodes_available == before[4] + before[5]
        assert abs(used - before[1]) < 2**30 and abs(inodes_used - before[4]) < 100_000
    # The server's report (the panel's) has the same figures for the volumes only this
    # sandbox writes to and nothing writes to while it runs.
    served = {v["mount_point"]: v for v in assert_valid(seen["server_report"])["volumes"]}
    for point in (HOME, f"{HOME}/data", "/dev/shm"):
        assert [served[point][name] for name in FIGURES] == seen["df_before"][point], point
    home = volume(seen, HOME)
    assert "home" in home["roles"] and home["filesystem"] == "tmpfs"
    assert (home["size_bytes"], home["inodes_total"]) == (HOME_BYTES, HOME_INODES)
    used, available = home["used_bytes"], home["available_bytes"]
    assert used / (used + available) >= 0.9
    assert volume(seen, f"{HOME}/data")["roles"] == ["home-mount"]
    shm = volume(seen, "/dev/shm")
    assert shm["roles"] == ["shm"] and shm["size_bytes"] == SHM_BYTES
    assert volume(seen, "/tmp")["roles"] == ["tmp"]


def test_the_dead_mount_is_a_volume_whose_figures_are_unknown_with_why(seen):
    dead = volume(seen, seen["dead"])
    assert dead["roles"] == ["home-mount"]
    assert [dead[name] for name in FIGURES] == [None] * len(FIGURES)
    assert "statvfs" in dead["error"] and "stalled" in dead["error"]
    assert seen["report_seconds"] < 15  # the guard's time, not for ever


def walk(seen):
    return assert_follows(seen["walk"], SPACE_SCHEMA_PATH)


def test_the_walks_total_is_dus_and_at_least_with_the_unreadable_folder_named(seen):
    answer = walk(seen)
    assert answer["resolved"] == HOME and answer["errors"] == []
    assert answer["total"]["bytes"] == seen["du_home"]
    assert "cannot read directory" in seen["du_said"]  # du met the same wall
    assert answer["total"]["at_least"] is True and answer["complete"] is False
    unreadable = seen["made"]["unreadable"]
    assert answer["unreadable"] == [
        {
            "path": unreadable,
            "reason": f"Permission denied: {unreadable} cannot be read by this user.",
        }
    ]
    # A file linked from both folders counts once, in the first the walk met, as in du.
    by_path = {c["path"]: c["bytes"] for c in answer["children"]}
    both = by_path[f"{HOME}/datasets"] + by_path[f"{HOME}/models"]
    assert both == seen["du_paths"]["datasets and models"]
    # df's used space is all of it: what the walk counted, the deleted file the kernel holds,
    # and what the unreadable folder holds (written by the builder, whole pages on a tmpfs).
    hidden = builder().FILES["private/weights.bin"]
    held = seen["held"]["bytes"]
    assert seen["df_before"][HOME][1] == answer["total"]["bytes"] + held + hidden


def test_the_mounts_under_the_home_are_named_and_the_dead_one_never_waited_for(seen):
    answer = walk(seen)
    named = {n["path"]: (n["reason"], n["filesystem"]) for n in answer["not_walked"]}
    assert named == {seen["dead"]: ("mount", "fuse"), f"{HOME}/data": ("mount", "tmpfs")}
    # Not even the guard's second: nothing there was looked at.
    assert answer["seconds"] < 1.0 and seen["served"]["answer"]["seconds"] < 1.0
    assert seen["served"]["answer"]["not_walked"] == answer["not_walked"]


def test_the_caches_and_the_trash_are_named_sized_and_cleared_by_a_command(seen):
    caches = {c["id"]: c for c in walk(seen)["caches"]}
    expected = {
        "pip": (f"{HOME}/.cache/pip", "default", "pip cache purge"),
        "huggingface": (f"{HOME}/hf-home/hub", "HF_HOME", "huggingface-cli delete-cache"),
        "torch": (
            f"{HOME}/.cache/torch",
            "default",
            f"ls -la {HOME}/.cache/torch/hub/checkpoints",
        ),
        "trash": (
            f"{HOME}/.local/share/Trash",
            "default",
            f"rm -rf -- {HOME}/.local/share/Trash/files {HOME}/.local/share/Trash/info",
        ),
    }
    for cache_id, (path, source, clear) in expected.items():
        cache = caches[cache_id]
        assert (cache["path"], cache["source"], cache["clear"]) == (path, source, clear)
        assert cache["found"] is True and cache["at_least"] is False
        assert cache["bytes"] == seen["du_paths"][cache_id], cache_id
    assert "delete_to_trash" in caches["trash"]["note"]
    checkpoints = walk(seen)["checkpoints"]
    assert (checkpoints["folders"], checkpoints["bytes"]) == (1, seen["du_paths"]["checkpoints"])


def test_the_deleted_file_the_kernel_holds_is_named_with_its_kernel_and_notebook(seen):
    held = seen["held"]
    for answer, notebook in ((walk(seen), None), (seen["served"]["answer"], "analysis.ipynb")):
        (found,) = answer["held_deleted"]["files"]
        assert found["path"] == f"{HOME}/outputs/epoch-3.ckpt.tmp"
        assert found["bytes"] == held["bytes"] and found["apparent_bytes"] == 2_000_000
        (holder,) = found["holders"]
        assert (holder["pid"], holder["kernel_id"]) == (held["pid"], held["kernel_id"])
        assert holder["notebook"] == notebook  # only the server knows its sessions


def test_the_servers_walk_is_the_same_walk(seen):
    served = seen["served"]
    assert served["state"] == "done" and served["answer"]["total"] == walk(seen)["total"]
    assert seen["served_seconds"] < 10


def test_the_home_nearly_full_is_a_warning_that_says_where_the_space_went(seen):
    (finding,) = [f for f in seen["report"]["findings"] if f["id"].startswith("volume")]
    assert (finding["id"], finding["severity"]) == ("volume-nearly-full", "warning")
    assert finding["title"] == f"{HOME} is 93 % full"
    # The server's report, after its walk, says where the space went and what clears each.
    (finding,) = [
        f for f in assert_valid(seen["server_report"])["findings"] if f["id"].startswith("volume")
    ]
    assert (finding["id"], finding["title"]) == ("volume-nearly-full", f"{HOME} is 93 % full")
    answer = seen["served"]["answer"]
    largest = answer["children"][0]
    assert largest["path"] == f"{HOME}/datasets"
    assert f"{largest['path']} {human_bytes(largest['bytes'])}" in finding["detail"]
    caches = {c["id"]: c for c in answer["caches"]}
    for cache_id in ("pip", "huggingface"):
        cache = caches[cache_id]
        said = f"{cache['name']} {human_bytes(cache['bytes'])}: `{cache['clear']}`"
        assert said in finding["detail"]
    assert f"the Trash {human_bytes(caches['trash']['bytes'])}" in finding["detail"]


def test_nothing_in_the_home_changed(seen):
    # size, blocks, mode, mtime, ctime, inode and links of every entry, before and after.
    assert seen["entries"] > 40
    assert seen["changed"] == []


def test_the_sandbox_refuses_bad_space_options():
    for args in (
        ["--home-tmpfs", "big"],
        ["--home-tmpfs", "16m:x"],
        ["--shm", "-1"],
        ["--stalled-fuse", "/etc/x"],
        ["--stalled-fuse", "/home/a b"],
        ["--stalled-fuse", "/home/../etc"],
    ):
        result = subprocess.run(
            [str(SANDBOX), *args, "true"], capture_output=True, text=True, timeout=30, check=False
        )
        assert result.returncode == 2, args


def test_studio_lab_starts_in_a_small_nearly_full_home(tmp_path, readable):
    """`scripts/studio-lab --small-home`: the same layout in a 64 MiB home filled to 92 %, a
    64 MiB /dev/shm; the server's report warns about the home."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    token = secrets.token_hex(16)
    log = tmp_path / "studio-lab.log"
    with open(log, "wb") as out:
        lab = subprocess.Popen(
            [str(STUDIO_LAB), "--port", str(port), "--token", token, "--small-home"],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, "VENV": str(readable.venv)},
        )

    def get(path: str) -> dict:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}", headers={"Authorization": f"token {token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return json.loads(response.read())

    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                report = assert_valid(get("/isolation-info/report"))
                break
            except OSError:
                assert lab.poll() is None, log.read_text()[-3000:]
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.5)
        names = {entry["name"] for entry in get("/api/contents/?content=1")["content"]}
    finally:
        os.killpg(lab.pid, signal.SIGTERM)  # studio-lab ends the sandbox and its server
        try:
            lab.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(lab.pid, signal.SIGKILL)
            lab.wait()
    volumes = {v["mount_point"]: v for v in report["volumes"]}
    home, shm = volumes[HOME], volumes["/dev/shm"]
    assert (home["size_bytes"], home["inodes_total"]) == (64 * 2**20, 8192)
    assert shm["size_bytes"] == 64 * 2**20
    # Filled to 92 %; the lab's own files come after.
    share = home["used_bytes"] / (home["used_bytes"] + home["available_bytes"])
    assert 0.9 <= share < 0.95
    (finding,) = [f for f in report["findings"] if f["id"].startswith("volume")]
    title = f"{HOME} is {100 * share:.0f} % full"
    assert (finding["id"], finding["title"]) == ("volume-nearly-full", title)
    assert {"analysis.ipynb", "datasets", "models"} <= names


FULL_SCRIPT = r"""
cd "$HOME"
eval "$FILL" 2>/dev/null
echo "==df"; df -B1 --output=size,used,avail,itotal,iused,iavail "$HOME" | tail -1
echo "==du"; du -sxB1 "$HOME" | cut -f1
echo "==report"; python -m jupyterlab_isolation_info --json --fail-on never
echo "==walk"; python -m jupyterlab_isolation_info space --json
echo "==end"
"""


@pytest.mark.parametrize(
    ("fill", "finding", "what"),
    [
        # 95 of 100 inodes taken (the root folder holds one): nearly full by its inodes.
        ("for i in $(seq 94); do : > f$i; done", "volume-nearly-full", "uses 95 % of its inodes"),
        # Written until ENOSPC: no block left.
        ("head -c 8M /dev/zero > big", "volume-full", "has no space left"),
    ],
)
def test_a_home_out_of_inodes_or_blocks_is_told_with_dfs_figures(fill, finding, what, readable):
    done = subprocess.run(
        [
            str(SANDBOX),
            *readable.binds,
            *("--home-tmpfs", "4m:100"),
            *("--setenv", f"PATH={readable.venv}/bin:/usr/bin:/bin"),
            *("--setenv", f"FILL={fill}"),
            *("--", "/bin/sh", "-c", FULL_SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    sections = dict(re.findall(r"^==(\w+)\n(.*?)(?=^==)", done.stdout, re.S | re.M))
    report = assert_valid(json.loads(sections["report"]))
    (home,) = [v for v in report["volumes"] if v["mount_point"] == HOME]
    assert [home[name] for name in FIGURES] == [int(x) for x in sections["df"].split()]
    (found,) = [f for f in report["findings"] if f["id"].startswith("volume")]
    assert (
        found["id"] == finding
        and f"{HOME} (home, packages, jupyter-data) {what}" in (found["detail"])
    )
    # A full home is still walked: reading needs no space.
    answer = assert_follows(json.loads(sections["walk"]), SPACE_SCHEMA_PATH)
    assert answer["complete"] is True and answer["total"]["bytes"] == int(sections["du"])


def test_a_seeded_home_on_a_tmpfs_keeps_its_owners_and_modes_or_says_it_does_not_fit(tmp_path):
    seed = tmp_path / "seed"
    (seed / "sub").mkdir(parents=True)
    (seed / "root-file").write_text("r")
    os.chown(seed / "root-file", 100000, 100000)  # container root
    os.chmod(seed / "root-file", 0o640)
    (seed / "sub" / "mine.bin").write_bytes(b"m" * 100_000)
    for path in (seed / "sub", seed / "sub" / "mine.bin"):
        os.chown(path, 200001, 200001)  # sagemaker-user
    stat_them = 'stat -c "%u %g %a" "$HOME" "$HOME/root-file" "$HOME/sub/mine.bin"'
    options = ("--home-tmpfs", "1m:50", "--home-seed", str(seed))
    done = subprocess.run(
        [str(SANDBOX), *options, "--", "/bin/sh", "-c", stat_them],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["1000 100 750", "0 0 640", "1000 100 644"]
    (seed / "big.bin").write_bytes(b"b" * 2_000_000)
    done = subprocess.run(
        [str(SANDBOX), *options, "--", "true"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 125
    assert "the --home-seed entries do not fit in a home of 1m" in done.stderr
