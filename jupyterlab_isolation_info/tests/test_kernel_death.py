"""Why did my kernel die: a real kernel killed with SIGKILL while the cgroup files the server
reads (a captured tree given through its configuration) show the OOM kill counter moved, and
again with it unmoved; and the verdict's wording on its own."""

import asyncio
import contextlib
import json
import os
import signal

import pytest
from server_setup import server_config as _server_config
from test_limits import (
    DOCKER_V1_MOUNTINFO,
    DOCKER_V1_PROC_CGROUP,
    HYBRID_MOUNTINFO,
    HYBRID_PROC_CGROUP,
    V2_IN_NAMESPACE,
    tree,
)
from tornado.httpclient import HTTPClientError
from until import until

from jupyterlab_isolation_info.collector import judge_limits, limits
from jupyterlab_isolation_info.routes import DEATHS_KEY

V2_MOUNTINFO = (
    "1185 1184 0:30 / /sys/fs/cgroup ro,nosuid,nodev,noexec,relatime - cgroup2 cgroup "
    "rw,nsdelegate,memory_recursiveprot\n"
)


def events(oom_kill: int) -> str:
    return f"low 0\nhigh 0\nmax 3\noom {oom_kill}\noom_kill {oom_kill}\noom_group_kill 0\n"


@pytest.fixture
def cgroup_tree(tmp_path):
    files = {
        "proc/self/cgroup": "0::/\n",
        "proc/self/mountinfo": V2_MOUNTINFO,
        "proc/meminfo": "MemTotal:       16106127 kB\n",
        "root/sys/fs/cgroup/memory.max": "4294967296\n",
        "root/sys/fs/cgroup/memory.current": "1073741824\n",
        "root/sys/fs/cgroup/memory.peak": "4294967296\n",
        "root/sys/fs/cgroup/memory.events": events(0),
        "root/sys/fs/cgroup/pids.max": "100\n",
        "root/sys/fs/cgroup/pids.current": "12\n",
        "root/sys/fs/cgroup/pids.events": "max 0\n",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


@pytest.fixture
def jp_server_config(cgroup_tree):
    config = _server_config()
    config["IsolationInfo"] = {
        "cgroup_proc_root": str(cgroup_tree / "proc"),
        "cgroup_fs_root": str(cgroup_tree / "root"),
    }
    # The restarter looks for a dead kernel this often (3 s by default).
    config["KernelRestarter"] = {"time_to_dead": 0.5}
    return config


async def test_a_kernel_killed_with_the_counter_moved_then_unmoved(
    jp_fetch, jp_serverapp, cgroup_tree
):
    watch = jp_serverapp.web_app.settings[DEATHS_KEY]
    assert watch.watching
    response = await jp_fetch("api", "kernels", method="POST", body=json.dumps({"name": "python3"}))
    kernel_id = json.loads(response.body)["id"]
    manager = jp_serverapp.kernel_manager

    async def seen_with(oom_kill: int, pid_other_than: int | None = None):
        """The running kernel's pid once the server has read its counter at its start."""
        state = watch.seen(kernel_id)
        pid = manager.get_kernel(kernel_id).provisioner.pid
        return (
            state is not None
            and state["oom_kill"] == oom_kill
            and state["pid"] == pid != pid_other_than
            and pid
        )

    async def death(count: int):
        answer = await jp_fetch("isolation-info", "kernels", kernel_id, "death")
        body = json.loads(answer.body)
        found = body["death"]
        return found if found and found["count"] == count else None

    try:
        answer = json.loads((await jp_fetch("isolation-info", "kernels", kernel_id, "death")).body)
        assert answer == {"kernel_id": kernel_id, "watching": True, "death": None}

        pid = await until(lambda: seen_with(0), what="the kernel's start reading")
        # The OOM killer's doing, as the kernel would record it: the counter moves, SIGKILL.
        (cgroup_tree / "root/sys/fs/cgroup/memory.events").write_text(events(1))
        os.kill(pid, signal.SIGKILL)
        first = await until(lambda: death(1), what="the first death's verdict")
        assert first["cause"] == "memory"
        assert first["signal"] == "SIGKILL" and first["exit_status"] == -signal.SIGKILL
        assert (first["oom_kill_before"], first["oom_kill_after"]) == (0, 1)
        assert first["memory_limit_bytes"] == 4294967296
        assert "killed for lack of memory" in first["text"]
        assert "4.0 GiB" in first["text"] and "once more" in first["text"]

        # Restarted, and seen alive again with the counter at 1; killed with it unmoved.
        pid = await until(lambda: seen_with(1, pid), what="the restarted kernel's reading")
        os.kill(pid, signal.SIGKILL)
        second = await until(lambda: death(2), what="the second death's verdict")
        assert second["cause"] == "not-memory"
        assert (second["oom_kill_before"], second["oom_kill_after"]) == (1, 1)
        assert "lack of memory" not in second["text"]
        assert "SIGKILL" in second["text"] and "not the cause" in second["text"]
        # Shut down only once restarted: a kernel shut down mid-restart makes jupyter_client
        # raise (InvalidStateError on its pending ready future), and the server cleanup with it.
        await until(lambda: seen_with(1, pid), what="the second restart's reading")
    finally:
        # Shut down here; a kernel caught mid-restart is left to the fixture's teardown.
        with contextlib.suppress(HTTPClientError):
            await jp_fetch("api", "kernels", kernel_id, method="DELETE")


async def test_a_kernel_killed_after_its_cgroup_refused_a_fork_names_the_pids_limit(
    jp_fetch, jp_serverapp, cgroup_tree
):
    """pids.events' max counter moved while the kernel ran (captured files, as the kernel
    would record a fork refused at pids.max): the verdict names the limit, as derived."""
    watch = jp_serverapp.web_app.settings[DEATHS_KEY]
    response = await jp_fetch("api", "kernels", method="POST", body=json.dumps({"name": "python3"}))
    kernel_id = json.loads(response.body)["id"]
    manager = jp_serverapp.kernel_manager

    async def seen(max_events=0, other_than=None):
        state = watch.seen(kernel_id)
        pid = manager.get_kernel(kernel_id).provisioner.pid
        return (
            state is not None
            and state["pids"]["max_events"] == max_events
            and state["pid"] == pid != other_than
            and pid
        )

    async def death():
        answer = await jp_fetch("isolation-info", "kernels", kernel_id, "death")
        return json.loads(answer.body)["death"]

    try:
        pid = await until(seen, what="the kernel's start reading")
        (cgroup_tree / "root/sys/fs/cgroup/pids.events").write_text("max 2\n")
        os.kill(pid, signal.SIGKILL)
        found = await until(death, what="the verdict")
        assert found["cause"] == "pids" and found["tone"] == "warning"
        assert (found["pids_max_events_before"], found["pids_max_events_after"]) == (0, 2)
        assert found["pids_limit"] == 100
        assert "pids.events max 0 → 2, pids.max 100" in found["text"]
        assert "most likely" in found["text"] and "lack of memory" not in found["text"]
        await until(lambda: seen(2, pid), what="the restarted kernel's reading")
    finally:
        with contextlib.suppress(HTTPClientError):
            await jp_fetch("api", "kernels", kernel_id, method="DELETE")


async def test_the_reports_limits_read_the_cgroup_the_death_check_reads(jp_fetch, cgroup_tree):
    """Configured roots feed both: the panel opened by a death's "Show limits" describes the
    cgroup the verdict was judged on, not the server's machine."""
    report = json.loads((await jp_fetch("isolation-info", "report", params={"refresh": "1"})).body)
    memory = report["limits"]["memory"]
    assert (memory["limit_bytes"], memory["usage_bytes"]) == (4294967296, 1073741824)
    assert report["tones"]["limits.memory.limit_bytes"]["text"] == "4.0 GiB"
    # The rest of the report is still this machine's own.
    assert report["run_as"]["uid"] == os.getuid()


def test_an_unknown_counter_is_never_a_verdict():
    after = {"oom_kill": None, "error": "No such file: /sys/fs/cgroup/memory.events"}
    verdict = judge_limits.death_verdict({"oom_kill": 0}, after, -9, "2026-01-01T14:02:00Z")
    assert verdict["cause"] == "unknown"
    assert "memory.events" in verdict["text"] and "SIGKILL" in verdict["text"]
    assert "lack of memory" not in verdict["text"]


@pytest.mark.parametrize(
    ("exit_status", "words"),
    [(None, "How the kernel ended is unknown"), (1, "exited with status 1"), (-15, "SIGTERM")],
)
def test_the_verdict_says_how_the_kernel_ended(exit_status, words):
    state = {"oom_kill": 2, "limit_bytes": None, "unlimited": True, "machine_bytes": 2**34}
    verdict = judge_limits.death_verdict(state, state, exit_status, "2026-01-01T14:02:00Z")
    assert verdict["cause"] == "not-memory" and words in verdict["text"]


def test_a_kill_without_a_cgroup_limit_blames_the_machines_memory():
    before = {"oom_kill": 0}
    after = {"oom_kill": 3, "limit_bytes": None, "unlimited": True, "machine_bytes": 2**34}
    verdict = judge_limits.death_verdict(before, after, -9, "2026-01-01T14:02:00Z")
    assert verdict["cause"] == "memory"
    assert "16.0 GiB" in verdict["text"] and "3 more times" in verdict["text"]
    assert "14:02 UTC" in verdict["text"]


def test_what_the_watch_keeps_is_bounded(cgroup_tree):
    """A server that sees many kernels die keeps the last KEPT_KERNELS verdicts and their
    counts, and nothing of a judgement once it is made."""
    from jupyterlab_isolation_info.collector.read import Roots
    from jupyterlab_isolation_info.kerneldeath import KEPT_KERNELS, KernelDeathWatch

    class Kernel:
        """A kernel manager's kernel: the watch hooks its restarter's callbacks."""

        def __init__(self):
            self.callbacks = {}

        def add_restart_callback(self, callback, event):
            self.callbacks[event] = callback

    class Manager:
        def __init__(self):
            self.kernels = {}

        def get_kernel(self, kernel_id):
            return self.kernels.setdefault(kernel_id, Kernel())

    roots = Roots(proc=str(cgroup_tree / "proc"), fs=str(cgroup_tree / "root"))
    manager = Manager()
    ids = [f"kernel-{n}" for n in range(KEPT_KERNELS + 10)]

    async def many_deaths() -> KernelDeathWatch:
        watch = KernelDeathWatch(manager, roots)
        for kernel_id in ids:
            await watch.seen_alive(kernel_id)
            manager.kernels[kernel_id].callbacks["dead"]()  # what the restarter calls
        for kernel_id in ids:  # every judgement made (they finish in any order)
            await watch.last_death(kernel_id)
        await asyncio.sleep(0)  # the callbacks that drop finished judgements
        kept = [k for k in ids if await watch.last_death(k, wait=0) is not None]
        assert kept == ids[-KEPT_KERNELS:]
        # A forgotten kernel's count went with its verdict: its next death is its first again;
        # a kept one's is its second.
        for kernel_id, count in ((ids[0], 1), (ids[-1], 2)):
            manager.kernels[kernel_id].callbacks["dead"]()
            assert (await watch.last_death(kernel_id))["count"] == count
        await asyncio.sleep(0)
        return watch

    watch = asyncio.run(many_deaths())
    # No public view of judgements under way: the one private name left here.
    assert watch._judging == {}


MIB = 1024 * 1024
SEEN = {"oom_kill": 0, "limit_bytes": 2**32, "pids": {"max_events": 0, "limit": None}}


@pytest.mark.parametrize(
    ("shm", "cause", "words"),
    [
        # Docker's default, nearly empty when the server looked (the segment may be gone).
        ({"size_bytes": 64 * MIB, "used_bytes": 0}, "shared-memory", "64.0 MiB here, 0 % used"),
        # Large but full: the cause too.
        ({"size_bytes": 8 << 30, "used_bytes": 8 << 30}, "shared-memory", "being full"),
        # Large and empty: a bus error, its figures, no cause.
        ({"size_bytes": 8 << 30, "used_bytes": 0}, "bus-error", "8.0 GiB here, 0 % used"),
        # Unread: no cause either.
        ({"error": "No such file: /proc/7/root/dev/shm"}, "bus-error", "could not be read"),
    ],
)
def test_a_bus_error_blames_shared_memory_only_when_dev_shm_is_small_or_full(shm, cause, words):
    verdict = judge_limits.death_verdict(SEEN, SEEN, -7, "2026-01-01T14:02:00Z", shm)
    assert verdict["cause"] == cause and words in verdict["text"]
    assert "SIGBUS" in verdict["text"] and "oom_kill 0" in verdict["text"]
    assert ("ran out" in verdict["text"]) == (cause == "shared-memory")
    assert ("--shm-size" in verdict["text"]) == (cause == "shared-memory")


def test_memory_comes_before_a_bus_error_and_the_pids_limit():
    after = {**SEEN, "oom_kill": 1, "pids": {"max_events": 4, "limit": 100}}
    shm = {"size_bytes": MIB, "used_bytes": MIB}
    verdict = judge_limits.death_verdict(SEEN, after, -9, "2026-01-01T14:02:00Z", shm)
    assert verdict["cause"] == "memory"


def test_a_crash_with_unknown_counters_still_names_its_signal():
    verdict = judge_limits.death_verdict(None, {"oom_kill": None}, -11, "2026-01-01T14:02:00Z")
    assert verdict["cause"] == "crash" and "SIGSEGV" in verdict["text"]
    assert "whether memory was the cause is unknown" in verdict["text"]


@pytest.mark.parametrize(
    ("proc_cgroup", "mountinfo", "directory", "events", "limit"),
    [
        # A v2 namespace: pids.events beside memory.events.
        (V2_IN_NAMESPACE, V2_MOUNTINFO, "sys/fs/cgroup", 3, 100),
        # Docker on v1: the pids hierarchy's mount point is the container's own cgroup.
        (DOCKER_V1_PROC_CGROUP, DOCKER_V1_MOUNTINFO, "sys/fs/cgroup/pids", 7, 64),
    ],
)
def test_the_pids_counter_is_read_in_both_versions(
    tmp_path, proc_cgroup, mountinfo, directory, events, limit
):
    files = {"proc/self/cgroup": proc_cgroup, "proc/self/mountinfo": mountinfo}
    files[f"root/{directory}/pids.events"] = f"max {events}\n"
    files[f"root/{directory}/pids.max"] = f"{limit}\n"
    reader = tree(tmp_path, files)
    state = limits.pids_state(reader, None)
    assert (state["max_events"], state["limit"], state["error"]) == (events, limit, None)
    # At the kernel's death it is read where it was found at its start.
    again = limits.pids_state(reader, None, state["location"])
    assert again["max_events"] == events


def test_the_v1_root_pids_cgroup_has_no_counter_to_compare(tmp_path):
    """This machine's layout: pids:/ at the top of its hierarchy, where the kernel keeps no
    pids.events: unknown, with the file named, and no pids verdict can follow."""
    reader = tree(
        tmp_path, {"proc/self/cgroup": HYBRID_PROC_CGROUP, "proc/self/mountinfo": HYBRID_MOUNTINFO}
    )
    state = limits.pids_state(reader, None)
    assert state["max_events"] is None and "pids.events" in state["error"]
    seen = {"oom_kill": 0, "pids": state}
    verdict = judge_limits.death_verdict(seen, seen, 1, "2026-01-01T14:02:00Z")
    assert verdict["cause"] == "not-memory" and "pids" not in verdict["text"]
