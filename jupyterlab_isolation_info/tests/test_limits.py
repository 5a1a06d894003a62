"""The limits section: cgroup parsers on the kernel's own formats, the cgroup found for v1, v2,
hybrid, a cgroup namespace, Docker's v1 layout and Kubernetes' kubepods paths, the section on
captured trees and on this machine, and its findings."""

import os
import subprocess
from pathlib import Path

import pytest

from jupyterlab_isolation_info.collector import cgroup, judge_limits, limits, parse, read
from jupyterlab_isolation_info.collector.findings import derive_findings
from jupyterlab_isolation_info.collector.render import to_markdown, to_text

# --- parsers: the formats of Documentation/admin-guide/cgroup-v2.rst and cgroup-v1 ------------

# cgroup-v2.rst, "Namespace": a process in /batchjobs/container_id1, then inside a new cgroup
# namespace, and a process outside that namespace as seen from inside it.
V2_PROC_CGROUP = "0::/batchjobs/container_id1\n"
V2_IN_NAMESPACE = "0::/\n"
V2_OUTSIDE_NAMESPACE = "0::/../container_id2\n"
# cgroups(7): v1 lines, several controllers on one hierarchy, a named hierarchy.
V1_PROC_CGROUP = "5:cpuacct,cpu,cpuset:/daemons\n4:memory:/daemons\n1:name=systemd:/\n"
# This machine's own kind: v1 controllers and an empty v2 hierarchy (systemd's hybrid).
HYBRID_PROC_CGROUP = (
    "9:name=systemd:/\n8:pids:/\n4:memory:/process_api/8277032a24f3f7e46bb15e8003ea8b78\n"
    "3:cpuset:/\n2:cpuacct:/\n1:cpu:/\n0::/\n"
)
HYBRID_MOUNTINFO = (
    "32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu\n"
    "33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct\n"
    "34 31 0:31 / /sys/fs/cgroup/cpuset rw,relatime - cgroup cgroup rw,cpuset\n"
    "35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n"
    "39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids\n"
    "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n"
)
# Docker on v1 without a cgroup namespace: /proc/self/cgroup names the host's path, and the
# container's own cgroup is what is mounted (mountinfo field 4 is that path).
DOCKER_ID = "3f1c0e6a5b9d2c7e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a"
DOCKER_V1_PROC_CGROUP = (
    f"12:memory:/docker/{DOCKER_ID}\n4:cpu,cpuacct:/docker/{DOCKER_ID}\n"
    f"3:pids:/docker/{DOCKER_ID}\n1:name=systemd:/docker/{DOCKER_ID}\n"
)
DOCKER_V1_MOUNTINFO = (
    f"2210 2209 0:36 /docker/{DOCKER_ID} /sys/fs/cgroup/memory ro,nosuid,nodev,noexec,relatime "
    "master:17 - cgroup cgroup rw,memory\n"
    f"2211 2209 0:37 /docker/{DOCKER_ID} /sys/fs/cgroup/cpu,cpuacct ro,nosuid,nodev,noexec,"
    "relatime master:18 - cgroup cgroup rw,cpu,cpuacct\n"
    f"2212 2209 0:38 /docker/{DOCKER_ID} /sys/fs/cgroup/pids ro,nosuid,nodev,noexec,relatime "
    "master:19 - cgroup cgroup rw,pids\n"
)
KUBEPOD = (
    "/kubepods.slice/kubepods-burstable.slice/"
    "kubepods-burstable-pod7f4c5e1a_2b3d_4c5e_8f9a_0b1c2d3e4f50.slice/"
    "cri-containerd-9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c.scope"
)
# Kubernetes on v2 without a cgroup namespace, the container's cgroup bound at /sys/fs/cgroup.
KUBE_V2_MOUNTINFO = (
    f"1410 1400 0:27 {KUBEPOD} /sys/fs/cgroup ro,nosuid,nodev,noexec,relatime - cgroup2 "
    "cgroup2 rw,nsdelegate,memory_recursiveprot\n"
)
V2_MOUNTINFO = (
    "1185 1184 0:30 / /sys/fs/cgroup ro,nosuid,nodev,noexec,relatime - cgroup2 cgroup "
    "rw,nsdelegate,memory_recursiveprot\n"
)
HOST_V2_MOUNTINFO = (
    "35 24 0:30 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 "
    "rw,nsdelegate,memory_recursiveprot\n"
)


def locate(proc_cgroup: str, mountinfo: str, controller: str):
    return cgroup.cgroup_location(
        cgroup.parse_proc_cgroup(proc_cgroup), parse.parse_mountinfo(mountinfo), controller
    )


@pytest.mark.parametrize(
    ("case", "proc_cgroup", "mountinfo", "controller", "version", "directory"),
    [
        (
            "v2 host",
            V2_PROC_CGROUP,
            HOST_V2_MOUNTINFO,
            "memory",
            "v2",
            "/sys/fs/cgroup/batchjobs/container_id1",
        ),
        ("v2 namespace", V2_IN_NAMESPACE, V2_MOUNTINFO, "memory", "v2", "/sys/fs/cgroup"),
        (
            "v1",
            V1_PROC_CGROUP,
            HYBRID_MOUNTINFO.replace("rw,cpu\n", "rw,cpuacct,cpu,cpuset\n"),
            "cpu",
            "v1",
            "/sys/fs/cgroup/cpu/daemons",
        ),
        (
            "hybrid memory",
            HYBRID_PROC_CGROUP,
            HYBRID_MOUNTINFO,
            "memory",
            "v1",
            "/sys/fs/cgroup/memory/process_api/8277032a24f3f7e46bb15e8003ea8b78",
        ),
        ("hybrid pids", HYBRID_PROC_CGROUP, HYBRID_MOUNTINFO, "pids", "v1", "/sys/fs/cgroup/pids"),
        (
            "docker v1",
            DOCKER_V1_PROC_CGROUP,
            DOCKER_V1_MOUNTINFO,
            "memory",
            "v1",
            "/sys/fs/cgroup/memory",
        ),
        (
            "docker v1 cpu",
            DOCKER_V1_PROC_CGROUP,
            DOCKER_V1_MOUNTINFO,
            "cpu",
            "v1",
            "/sys/fs/cgroup/cpu,cpuacct",
        ),
        ("kubepods v2", f"0::{KUBEPOD}\n", KUBE_V2_MOUNTINFO, "memory", "v2", "/sys/fs/cgroup"),
        (
            "kubepods v2 host",
            f"0::{KUBEPOD}\n",
            HOST_V2_MOUNTINFO,
            "memory",
            "v2",
            f"/sys/fs/cgroup{KUBEPOD}",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and " " in value else "",
)
def test_the_cgroup_directory_is_found(
    case, proc_cgroup, mountinfo, controller, version, directory
):
    found = locate(proc_cgroup, mountinfo, controller)
    assert found["version"] == version
    assert found["directory"] == directory


@pytest.mark.parametrize(
    ("proc_cgroup", "mountinfo", "controller"),
    [
        (V2_OUTSIDE_NAMESPACE, V2_MOUNTINFO, "memory"),  # outside the namespace: not mounted here
        (HYBRID_PROC_CGROUP, HYBRID_MOUNTINFO, "hugetlb"),  # no hierarchy has it, v2 is empty
        (f"12:memory:/docker/{DOCKER_ID}\n", HOST_V2_MOUNTINFO, "memory"),  # v1 not mounted
        ("0::/a\n", "1 0 0:1 /b /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n", "memory"),
    ],
)
def test_no_directory_when_no_mount_holds_the_cgroup(proc_cgroup, mountinfo, controller):
    if controller == "hugetlb":
        # The empty v2 hierarchy is where a controller on no v1 hierarchy would be.
        assert locate(proc_cgroup, mountinfo, controller)["directory"] == "/sys/fs/cgroup/unified"
    else:
        assert locate(proc_cgroup, mountinfo, controller) is None


def test_odd_proc_cgroup_lines_are_named():
    with pytest.raises(ValueError, match="memory:docker"):
        cgroup.parse_proc_cgroup("4:memory:docker\n")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("max\n", None),  # cgroup-v2.rst: "max" is no limit
        ("4294967296\n", 4294967296),
        ("9223372036854771712\n", None),  # v1's "unlimited" with 4 KiB pages (x86-64)
        ("9223372036854710272\n", None),  # the same with 64 KiB pages (arm64, ppc64)
        ("0\n", 0),
    ],
)
def test_limits_parse_max_and_the_v1_sentinel(text, value):
    assert cgroup.parse_limit(text, "memory.max") == value


@pytest.mark.parametrize("text", ["-1\n", "lots\n", "9223372036854771713\n", ""])
def test_odd_limits_are_errors_that_name_the_file(text):
    with pytest.raises(ValueError, match=r"memory\.max"):
        cgroup.parse_limit(text, "memory.max")


def test_memory_events_and_oom_control():
    # cgroup-v2.rst's memory.events keys, and cgroup-v1/memory.rst's memory.oom_control.
    events = "low 0\nhigh 0\nmax 212\noom 1\noom_kill 1\noom_group_kill 0\n"
    assert cgroup.parse_flat_keyed(events, "memory.events")["oom_kill"] == 1
    control = "oom_kill_disable 0\nunder_oom 0\noom_kill 3\n"
    assert cgroup.parse_flat_keyed(control, "memory.oom_control") == {
        "oom_kill_disable": 0,
        "under_oom": 0,
        "oom_kill": 3,
    }
    with pytest.raises(ValueError, match="oom_kill lots"):
        cgroup.parse_flat_keyed("oom_kill lots\n", "memory.events")


def test_cpu_quota_in_both_versions():
    assert cgroup.parse_cpu_max("max 100000\n") == (None, 100000)  # cgroup-v2.rst's default
    assert cgroup.parse_cpu_max("150000 100000\n") == (150000, 100000)
    assert cgroup.parse_cfs("-1\n", "100000\n") == (None, 100000)
    assert cgroup.parse_cfs("50000\n", "100000\n") == (50000, 100000)
    for text in ("max\n", "100000 0\n", "a b\n"):
        with pytest.raises(ValueError):
            cgroup.parse_cpu_max(text)


def test_cpu_lists():
    # cgroup-v2.rst's cpuset example, and an empty cpuset (the parent's CPUs apply).
    assert cgroup.parse_cpu_list("0-4,6,8-10\n") == [0, 1, 2, 3, 4, 6, 8, 9, 10]
    assert cgroup.parse_cpu_list("\n") == []
    with pytest.raises(ValueError):
        cgroup.parse_cpu_list("3-1")


def test_meminfo_total_is_in_bytes():
    assert cgroup.parse_meminfo_total("MemTotal:       16106127 kB\nMemFree: 1 kB\n") == (
        16106127 * 1024
    )
    with pytest.raises(ValueError):
        cgroup.parse_meminfo_total("MemFree: 1 kB\n")


# --- the section on captured trees ----------------------------------------------------------


def tree(base: Path, files: dict[str, str]) -> read.Reader:
    """A captured machine: proc/self/{cgroup,status,mountinfo}, proc/meminfo and root/…"""
    for name, text in files.items():
        path = base / name.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return read.Reader(
        read.Roots(proc=str(base / "proc"), process=str(base / "proc/self"), fs=str(base / "root"))
    )


def section(reader: read.Reader) -> dict:
    mounts = parse.parse_mountinfo(reader.proc_text("mountinfo"))
    status = parse.parse_status(reader.proc_text("status"))
    return limits.limits_section(reader, mounts, status)


COMMON = {
    "proc/meminfo": "MemTotal:       16106127 kB\n",
    "proc/self/status": "Name:\tpython\nCpus_allowed_list:\t0-1\n",
    "root/sys/devices/system/cpu/online": "0-3\n",
}


def test_a_v2_namespace_with_a_limit_and_an_oom_kill(tmp_path):
    c = "root/sys/fs/cgroup/"
    reader = tree(
        tmp_path,
        {
            **COMMON,
            "proc/self/cgroup": V2_IN_NAMESPACE,
            "proc/self/mountinfo": V2_MOUNTINFO,
            c + "memory.max": "4294967296\n",
            c + "memory.current": "1073741824\n",
            c + "memory.peak": "2147483648\n",
            c + "memory.swap.max": "max\n",
            c + "memory.events": "low 0\nhigh 0\nmax 9\noom 2\noom_kill 2\noom_group_kill 0\n",
            c + "cpu.max": "max 100000\n",
            c + "cpuset.cpus.effective": "0-1\n",
            c + "pids.max": "max\n",
            c + "pids.current": "12\n",
        },
    )
    got = section(reader)
    assert got["cgroup_version"] == "v2" and got["error"] is None
    memory = got["memory"]
    assert (memory["limit_bytes"], memory["unlimited"], memory["oom_kill"]) == (
        4294967296,
        False,
        2,
    )
    assert memory["swap_unlimited"] is True and memory["swap_limit_bytes"] is None
    assert memory["machine_bytes"] == 16106127 * 1024
    cpu = got["cpu"]
    assert (cpu["unlimited"], cpu["quota_cpus"], cpu["online_cpus"], cpu["usable_cpus"]) == (
        True,
        None,
        4,
        2,
    )
    assert (got["pids"]["max"], got["pids"]["unlimited"], got["pids"]["current"]) == (
        None,
        True,
        12,
    )
    assert memory["error"] is cpu["error"] is got["pids"]["error"] is None


def test_the_smallest_limit_on_the_way_up_wins(tmp_path):
    c = "root/sys/fs/cgroup/"
    reader = tree(
        tmp_path,
        {
            **COMMON,
            "proc/self/cgroup": "0::/user.slice/app\n",
            "proc/self/mountinfo": HOST_V2_MOUNTINFO,
            c + "user.slice/memory.max": "2147483648\n",
            c + "user.slice/app/memory.max": "max\n",
            c + "user.slice/app/memory.current": "100\n",
            c + "user.slice/app/memory.peak": "100\n",
            c + "user.slice/app/memory.events": "oom_kill 0\n",
            c + "user.slice/cpu.max": "50000 100000\n",
            c + "user.slice/app/cpu.max": "200000 100000\n",
        },
    )
    got = section(reader)
    assert got["memory"]["limit_bytes"] == 2147483648
    assert got["memory"]["limit_directory"] == "/sys/fs/cgroup/user.slice"
    assert (got["cpu"]["quota_us"], got["cpu"]["period_us"], got["cpu"]["quota_cpus"]) == (
        50000,
        100000,
        0.5,
    )
    # No pids controller there: unknown, with the reason, never "no limit".
    assert got["pids"]["unlimited"] is None and "pids.max" in got["pids"]["error"]


def test_docker_v1_reads_the_mount_point_itself(tmp_path):
    m = "root/sys/fs/cgroup/memory/"
    reader = tree(
        tmp_path,
        {
            **COMMON,
            "proc/self/cgroup": DOCKER_V1_PROC_CGROUP,
            "proc/self/mountinfo": DOCKER_V1_MOUNTINFO,
            m + "memory.limit_in_bytes": "536870912\n",
            m + "memory.usage_in_bytes": "530000000\n",
            m + "memory.max_usage_in_bytes": "536870912\n",
            m + "memory.memsw.limit_in_bytes": "1073741824\n",
            m + "memory.oom_control": "oom_kill_disable 0\nunder_oom 0\noom_kill 4\n",
            "root/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us": "150000\n",
            "root/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us": "100000\n",
            "root/sys/fs/cgroup/pids/pids.max": "100\n",
            "root/sys/fs/cgroup/pids/pids.current": "95\n",
        },
    )
    got = section(reader)
    assert got["cgroup_version"] == "v1"
    memory = got["memory"]
    assert memory["directory"] == "/sys/fs/cgroup/memory"
    assert memory["cgroup"] == f"/docker/{DOCKER_ID}"
    assert (memory["limit_bytes"], memory["oom_kill"], memory["swap_limit_bytes"]) == (
        536870912,
        4,
        536870912,
    )
    assert got["cpu"]["quota_cpus"] == 1.5
    findings = {f["id"]: f for f in derive_findings({"limits": got})}
    assert set(findings) == {
        "oom-kills",
        "memory-near-limit",
        "cpu-count-above-quota",
        "pids-near-max",
    }
    assert "4 processes" in findings["oom-kills"]["detail"]
    assert "512.0 MiB" in findings["oom-kills"]["detail"]
    assert "most likely one of them" in findings["oom-kills"]["detail"]
    assert "OMP_NUM_THREADS=2" in findings["cpu-count-above-quota"]["detail"]
    assert "os.cpu_count() says 4" in findings["cpu-count-above-quota"]["title"]
    assert findings["pids-near-max"]["title"] == "95 of 100 processes in use"


def test_unreadable_and_odd_files_are_unknown_with_their_reason(tmp_path):
    c = "root/sys/fs/cgroup/"
    reader = tree(
        tmp_path,
        {
            **COMMON,
            "proc/self/cgroup": V2_IN_NAMESPACE,
            "proc/self/mountinfo": V2_MOUNTINFO,
            c + "memory.max": "a lot\n",
            c + "cpu.max": "max 0\n",
            c + "pids.max": "max\n",
        },
    )
    got = section(reader)
    assert got["memory"]["limit_bytes"] is None and got["memory"]["unlimited"] is None
    assert "a lot" in got["memory"]["error"]
    assert "memory.events" in got["memory"]["error"]  # the OOM count is unknown, and why
    assert got["memory"]["oom_kill"] is None
    assert got["cpu"]["unlimited"] is None and "cpu.max" in got["cpu"]["error"]
    # At "/" (the root cgroup, or a namespace's), the kernel may keep no count: it says which,
    # as the reason of an unknown count, not as an error.
    assert got["pids"]["error"] is None
    assert judge_limits.tones({"limits": got})["limits.pids.current"]["reason"] == (
        "There is no /sys/fs/cgroup/pids.current: the kernel keeps no process count in the "
        "root cgroup, nor in a cgroup whose parent does not enable the pids controller."
    )
    # Only the cpuset's CPUs are known, and that is a finding of its own.
    assert [f["id"] for f in derive_findings({"limits": got})] == ["cpu-count-above-quota"]
    text = to_text({"limits": got})
    assert "Memory limit                          unknown" in text


def test_the_v1_root_pids_cgroup_has_no_count_and_no_limit(tmp_path):
    """This machine's layout: pids:/ at the top of its v1 hierarchy, where the kernel provides
    neither pids.max nor pids.current (CFTYPE_NOT_ON_ROOT)."""
    reader = tree(
        tmp_path,
        {**COMMON, "proc/self/cgroup": HYBRID_PROC_CGROUP, "proc/self/mountinfo": HYBRID_MOUNTINFO},
    )
    pids = section(reader)["pids"]
    assert (pids["current"], pids["max"], pids["unlimited"]) == (None, None, True)
    assert pids["error"] is None  # no error: the kernel keeps no count there
    tones = judge_limits.tones({"limits": {"pids": pids, "memory": {}, "cpu": {}}})
    tone = tones["limits.pids.current"]
    assert (tone["tone"], tone["text"]) == ("unknown", "unknown, no limit")
    assert tone["reason"] == (
        "There is no /sys/fs/cgroup/pids/pids.current: the kernel keeps no process count in the "
        "root cgroup of the pids hierarchy, which this process is in."
    )


def test_no_proc_cgroup_leaves_the_section_unknown(tmp_path):
    reader = tree(tmp_path, {**COMMON, "proc/self/mountinfo": V2_MOUNTINFO})
    got = section(reader)
    assert got == {**limits.empty_section(), "error": "No such file: /proc/self/cgroup"}


def test_the_renderings_use_people_units():
    got = limits.empty_section()
    got["memory"].update(limit_bytes=4294967296, unlimited=False, oom_kill=1)
    got["cpu"].update(quota_cpus=1.5, quota_us=150000, period_us=100000)
    markdown = to_markdown({"limits": got, "findings": []})
    assert "| Memory limit | 4.0 GiB |" in markdown
    assert "| CPU quota | 1.5 CPUs (150000 µs every 100000 µs) |" in markdown


# --- this machine ---------------------------------------------------------------------------


def _cat(path: str) -> str | None:
    result = subprocess.run(["cat", path], capture_output=True, text=True, check=False)
    return result.stdout if result.returncode == 0 else None


def test_the_section_on_this_machine_is_what_cat_reads():
    got = section(read.Reader())
    assert got["error"] is None
    memory = got["memory"]
    assert memory["directory"] is not None
    v2 = memory["version"] == "v2"
    limit = _cat(f"{memory['directory']}/{'memory.max' if v2 else 'memory.limit_in_bytes'}")
    if limit is not None and memory["limit_directory"] == memory["directory"]:
        assert memory["limit_bytes"] == int(limit)
    if limit is not None and memory["unlimited"]:
        assert cgroup.parse_limit(limit, "") is None
    events = _cat(f"{memory['directory']}/{'memory.events' if v2 else 'memory.oom_control'}")
    if events is not None:
        counts = dict(line.split() for line in events.splitlines())
        assert memory["oom_kill"] == int(counts["oom_kill"])
    online = _cat("/sys/devices/system/cpu/online")
    assert got["cpu"]["online_cpus"] == os.cpu_count() == len(cgroup.parse_cpu_list(online))
    assert got["cpu"]["affinity_cpus"] == len(os.sched_getaffinity(0))
    cpu = got["cpu"]
    if cpu["version"] == "v1":
        quota = int(_cat(f"{cpu['directory']}/cpu.cfs_quota_us"))
        period = int(_cat(f"{cpu['directory']}/cpu.cfs_period_us"))
        if cpu["directory"] == "/sys/fs/cgroup/cpu":  # the top: nothing above to be tighter
            assert cpu["quota_us"] == (None if quota < 0 else quota)
            assert cpu["period_us"] == period
    meminfo = _cat("/proc/meminfo")
    assert memory["machine_bytes"] == cgroup.parse_meminfo_total(meminfo)


def test_a_kernel_in_another_cgroup_has_its_own_limit(tmp_path):
    c = "root/sys/fs/cgroup/"
    reader = tree(
        tmp_path,
        {
            **COMMON,
            "proc/self/cgroup": "0::/user.slice/server\n",
            "proc/self/mountinfo": HOST_V2_MOUNTINFO,
            "proc/77/cgroup": "0::/user.slice/kernels/k1\n",
            "proc/78/cgroup": "0::/user.slice/server\n",
            c + "user.slice/kernels/k1/memory.max": "1073741824\n",
            c + "user.slice/kernels/k1/memory.current": "1000\n",
            c + "user.slice/kernels/k1/memory.peak": "1000\n",
            c + "user.slice/kernels/k1/memory.events": "oom_kill 2\n",
        },
    )
    server = limits.memory_location(reader)
    elsewhere = limits.kernel_cgroup(reader, 77, server)
    assert elsewhere["same_as_server"] is False
    assert elsewhere["directory"] == "/sys/fs/cgroup/user.slice/kernels/k1"
    assert (elsewhere["limit_bytes"], elsewhere["oom_kill"]) == (1073741824, 2)
    beside = limits.kernel_cgroup(reader, 78, server)
    assert beside["same_as_server"] is True and beside["limit_bytes"] is None
    gone = limits.kernel_cgroup(reader, 79, server)
    assert gone["same_as_server"] is None and "/proc/79/cgroup" in gone["error"]
