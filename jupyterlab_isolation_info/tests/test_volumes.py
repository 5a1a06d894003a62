"""The volumes section: which mounts the user writes to (captured mountinfo), their figures
from statvfs, and the judge's findings and tones; a real tmpfs made full in a mount namespace."""

import os
from pathlib import Path

import pytest
from contract import assert_valid
from own_mount_namespace import run_scenario

from jupyterlab_isolation_info.collector import judge_volumes, parse, read, volumes
from jupyterlab_isolation_info.collector.findings import derive_findings

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"


def captured_mounts(case: str) -> list[dict]:
    return parse.parse_mountinfo((FIXTURES / case / "mountinfo").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("case", "home", "expected"),
    [
        (
            "studio-sagemaker-user",
            "/home/sagemaker-user",
            {
                "/home/sagemaker-user": ["home", "packages", "jupyter-data"],
                "/": ["root", "tmp", "packages"],
                "/dev/shm": ["shm"],
            },
        ),
        (
            "studio-efs-access-point",
            "/home/sagemaker-user",
            {
                "/home/sagemaker-user": ["home", "packages", "jupyter-data"],
                "/home/sagemaker-user/user-default-efs": ["home-mount"],
                "/": ["root", "tmp", "packages"],
                "/dev": ["shm"],  # no /dev/shm mount of its own: the /dev tmpfs holds it
            },
        ),
        (
            "host-root",
            "/root",
            {"/": ["home", "root", "tmp", "packages", "jupyter-data"], "/dev/shm": ["shm"]},
        ),
    ],
)
def test_each_mount_the_user_writes_to_is_one_row_with_its_roles(case, home, expected):
    mounts = captured_mounts(case)
    paths = volumes.role_paths(home, mounts, prefix="/opt/conda")
    chosen = {mount["mount_point"]: roles for mount, roles in volumes.volumes_of(mounts, paths)}
    assert chosen == expected


def test_the_jupyter_data_directory_named_by_jupyter_is_where_jupyter_writes():
    mounts = captured_mounts("studio-efs-access-point")
    efs = "/home/sagemaker-user/user-default-efs"
    paths = volumes.role_paths("/home/sagemaker-user", mounts, None, f"{efs}/jupyter")
    chosen = {mount["mount_point"]: roles for mount, roles in volumes.volumes_of(mounts, paths)}
    assert chosen[efs] == ["home-mount", "jupyter-data"]
    assert "jupyter-data" not in chosen["/home/sagemaker-user"]


def test_the_user_site_is_where_pip_install_user_writes():
    assert (
        volumes.user_site("/home/jovyan/", (3, 11))
        == "/home/jovyan/.local/lib/python3.11/site-packages"
    )


def test_the_figures_are_dfs_and_no_inode_table_is_unknown_not_zero():
    result = os.statvfs_result((4096, 4096, 1000, 300, 250, 0, 0, 0, 0, 255))
    assert volumes.figures(result) == {
        "size_bytes": 4096000,
        "used_bytes": 700 * 4096,
        "available_bytes": 250 * 4096,  # f_bavail: the root reserve is not the user's
        "inodes_total": None,
        "inodes_used": None,
        "inodes_available": None,
    }


def test_a_report_of_captured_facts_does_not_state_this_machines_figures():
    reader = read.Reader(read.Roots(fs=str(FIXTURES / "host-root" / "root")))
    [entry] = volumes.volumes_section(reader, captured_mounts("host-root")[5:6], "/root")
    assert entry["size_bytes"] is None
    assert entry["error"] == "The size and use of / are not part of the captured facts."


def test_a_mount_whose_statvfs_fails_has_unknown_figures_and_the_reason(tmp_path):
    home = f"{tmp_path}/gone"  # a mount point this machine does not have
    mounts = parse.parse_mountinfo(
        f"1 0 8:1 / / rw - ext4 /dev/sda1 rw\n99 1 8:2 / {home} rw - ext4 /dev/sdz rw\n"
    )
    section = volumes.volumes_section(read.Reader(), mounts, home)
    gone = next(v for v in section if v["mount_point"] == home)
    assert gone["roles"] == ["home", "packages", "jupyter-data"]
    assert gone["used_bytes"] is None and gone["inodes_total"] is None
    assert gone["error"] == f"No such file: {home}"
    assert gone["kept_on_restart"] is True  # a block device mounted whole
    tones = judge_volumes.tones({"volumes": section})
    used = tones[f"volumes[{home}].used_bytes"]
    assert (used["tone"], used["reason"]) == ("unknown", f"No such file: {home}")
    assert not judge_volumes.find({"volumes": section}, {})


def volume(**figures) -> dict:
    entry = {
        "mount_point": "/home/jovyan",
        "roles": ["home", "packages"],
        "filesystem": "ext4",
        "mount_source": "/dev/nvme1n1",
        "read_only": False,
        "size_bytes": 100,
        "used_bytes": 10,
        "available_bytes": 90,
        "inodes_total": 100,
        "inodes_used": 10,
        "inodes_available": 90,
        "kept_on_restart": True,
        "kept_on_restart_reason": "A block device.",
        "error": None,
    }
    return {**entry, **figures}


@pytest.mark.parametrize(
    ("figures", "finding", "tone"),
    [
        ({}, None, "ok"),
        ({"used_bytes": 89, "available_bytes": 11}, None, "ok"),
        ({"used_bytes": 90, "available_bytes": 10}, "volume-nearly-full", "warning"),
        ({"used_bytes": 95, "available_bytes": 0}, "volume-full", "critical"),  # root reserve
        ({"inodes_used": 95, "inodes_available": 5}, "volume-nearly-full", "warning"),
        ({"inodes_used": 100, "inodes_available": 0}, "volume-full", "critical"),
        ({"inodes_total": None, "inodes_used": None, "inodes_available": None}, None, "ok"),
        ({"read_only": True, "used_bytes": 100, "available_bytes": 0}, None, "neutral"),
        ({"used_bytes": None, "available_bytes": None, "error": "It hung."}, None, "unknown"),
    ],
)
def test_a_volume_nearly_full_warns_and_a_full_one_is_critical(figures, finding, tone):
    report = {"volumes": [volume(**figures)]}
    found = judge_volumes.find(report, {})
    assert [f["id"] for f in found] == ([finding] if finding else [])
    assert judge_volumes.tones(report)["volumes[/home/jovyan]"]["tone"] == tone
    for f in found:
        assert f["severity"] == tone
        assert "/home/jovyan (home, packages)" in f["detail"]
        assert "jupyter isolation-info space" in f["detail"]
        assert "Trash" in f["detail"] and "while the space is stopped" in f["detail"]


def test_a_volume_without_an_inode_table_says_so():
    report = {"volumes": [volume(inodes_total=None, inodes_used=None, inodes_available=None)]}
    inodes = judge_volumes.tones(report)["volumes[/home/jovyan].inodes_used"]
    assert inodes["tone"] == "unknown"
    assert "no fixed inode table" in inodes["reason"]


@pytest.mark.root
def test_a_real_full_tmpfs_is_critical_and_a_dead_mount_is_unknown_with_its_reason():
    """/dev/shm a tmpfs made full, /tmp one nearly full, the Jupyter data directory a FUSE mount
    that never answers, in a mount namespace of this test's own."""
    seen = run_scenario("volumes_scenario.py")
    report = assert_valid(seen["report"])
    rows = {v["mount_point"]: v for v in report["volumes"]}
    shm, tmp, dead = rows["/dev/shm"], rows["/tmp"], rows[seen["dead"]]
    assert shm["roles"] == ["shm"] and shm["available_bytes"] == 0
    assert shm["size_bytes"] == 64 * 1024 and shm["kept_on_restart"] is False
    assert tmp["roles"] == ["tmp"] and 0.9 <= tmp["used_bytes"] / tmp["size_bytes"] < 1
    assert dead["roles"] == ["jupyter-data"] and dead["size_bytes"] is None
    assert "statvfs" in dead["error"]
    assert seen["seconds"] < 10  # the dead mount costs the guard's time, not for ever
    found = {(f["id"], f["title"]) for f in report["findings"] if f["id"].startswith("volume")}
    assert found == {("volume-full", "/dev/shm is full"), ("volume-nearly-full", tmp_title(tmp))}
    shm_finding = next(f for f in report["findings"] if f["id"] == "volume-full")
    assert shm_finding["severity"] == "critical" and "SIGBUS" in shm_finding["detail"]
    assert report["tones"]["volumes[/dev/shm]"]["tone"] == "critical"
    assert report["tones"][f"volumes[{seen['dead']}]"]["tone"] == "unknown"
    assert derive_findings(report) == report["findings"]


def tmp_title(tmp: dict) -> str:
    share = tmp["used_bytes"] / (tmp["used_bytes"] + tmp["available_bytes"])
    return f"/tmp is {100 * share:.0f} % full"
