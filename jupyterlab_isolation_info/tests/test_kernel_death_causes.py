"""Kernel deaths told apart, on real kernels: a bus error in a kernel whose /dev/shm is a small
tmpfs of its own, a native crash (SIGSEGV, SIGABRT), a kernel the server's idle culler shut
down, and one a client shut down (not a death)."""

import asyncio
import contextlib
import inspect
import json
import logging
import os
import shutil
import signal
import sys

import pytest
from jupyter_server.services.kernels.kernelmanager import MappingKernelManager
from server_setup import server_config
from tornado.httpclient import HTTPClientError
from until import until

from jupyterlab_isolation_info.kerneldeath import CULL_MESSAGE, SHM_SETTLED, _CullRecords
from jupyterlab_isolation_info.routes import DEATHS_KEY

SMALL_SHM = 1024 * 1024
# Writes past the end of /dev/shm through a mapping: the first page the full tmpfs cannot give
# ends the kernel with SIGBUS. /dev/shm here is the kernel's own (its mount namespace).
WRITE_PAST_SHM = """
import mmap, os
fd = os.open("/dev/shm/past-the-end", os.O_RDWR | os.O_CREAT, 0o600)
os.ftruncate(fd, 4 * 1024 * 1024)
view = mmap.mmap(fd, 4 * 1024 * 1024)
for offset in range(0, len(view), mmap.PAGESIZE):
    view[offset] = 1
"""


@pytest.fixture
def cull():
    """MappingKernelManager traits: none unless a test gives them."""
    return {}


@pytest.fixture
def jp_server_config(cull):
    config = server_config()
    # The restarter looks for a dead kernel this often (3 s by default).
    config["KernelRestarter"] = {"time_to_dead": 0.5}
    config["MappingKernelManager"] = cull
    return config


@pytest.fixture
def small_shm_kernel(jp_kernel_dir):
    """A kernelspec whose kernel runs in a mount namespace of its own with a 1 MiB tmpfs on
    /dev/shm; the server stays in this one."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare(1) for a mount namespace")
    # The mount comes a moment after the launch, as a slow one's would: the server, which
    # looks at the kernel's /dev/shm as it starts, must read the small one all the same.
    launch = (
        f"sleep 0.5 && mount -t tmpfs -o size={SMALL_SHM} tmpfs /dev/shm && "
        f'exec "{sys.executable}" -m ipykernel_launcher -f "$0"'
    )
    spec = jp_kernel_dir / "small-shm"
    spec.mkdir()
    argv = ["unshare", "--mount", "--propagation", "private", "sh", "-c", launch]
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [*argv, "{connection_file}"],
                "display_name": "Python 3, 1 MiB /dev/shm",
                "language": "python",
            }
        )
    )
    return "small-shm"


class Kernel:
    """A kernel started through the server's REST API, and its last end's verdict."""

    def __init__(self, jp_fetch, serverapp, kernel_id: str):
        self.fetch, self.serverapp, self.id = jp_fetch, serverapp, kernel_id
        self.watch = serverapp.web_app.settings[DEATHS_KEY]

    @classmethod
    async def start(cls, jp_fetch, serverapp, name: str = "python3") -> "Kernel":
        body = json.dumps({"name": name})
        response = await jp_fetch("api", "kernels", method="POST", body=body)
        return cls(jp_fetch, serverapp, json.loads(response.body)["id"])

    def manager(self):
        return self.serverapp.kernel_manager.get_kernel(self.id)

    async def seen(self, other_than: int | None = None) -> int:
        """The running kernel's pid once the server has read its counters at its start."""

        async def ready():
            state = self.watch.seen(self.id)
            pid = self.manager().provisioner.pid
            return state is not None and state["pid"] == pid != other_than and pid

        return await until(ready, what="the kernel's start reading")

    async def run(self, code: str) -> None:
        """Send code to run, without waiting for a reply (it may be the kernel's last)."""
        client = self.manager().client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=60)
            client.execute(code)
            await asyncio.sleep(0.5)  # sent before the channels close
        finally:
            client.stop_channels()

    async def end(self, count: int = 1) -> dict:
        async def verdict():
            answer = await self.fetch("isolation-info", "kernels", self.id, "death")
            found = json.loads(answer.body)["death"]
            return found if found and found["count"] == count else None

        return await until(verdict, what="the verdict")

    async def shut_down(self) -> None:
        with contextlib.suppress(HTTPClientError):
            await self.fetch("api", "kernels", self.id, method="DELETE")


@pytest.mark.root
async def test_a_kernel_writing_past_a_small_dev_shm_dies_of_a_bus_error(
    jp_fetch, jp_serverapp, small_shm_kernel
):
    kernel = await Kernel.start(jp_fetch, jp_serverapp, small_shm_kernel)
    try:
        pid = await kernel.seen()
        await asyncio.sleep(SHM_SETTLED + 0.5)  # the launch settled: /dev/shm looked at again
        await kernel.run(WRITE_PAST_SHM)
        death = await kernel.end()
        assert (death["signal"], death["exit_status"]) == ("SIGBUS", -signal.SIGBUS)
        assert death["cause"] == "shared-memory" and death["tone"] == "warning"
        # The kernel's /dev/shm, read after it died (the server's own is the machine's).
        assert death["shm_size_bytes"] == SMALL_SHM
        assert death["shm_used_bytes"] == SMALL_SHM and death["shm_available_bytes"] == 0
        assert "SIGBUS" in death["text"] and "bus error" in death["text"]
        assert "/dev/shm is 1.0 MiB here, 100 % used" in death["text"]
        assert "DataLoader" in death["text"] and "--shm-size" in death["text"]
        assert "emptyDir" in death["text"] and "Derived" in death["text"]
        # Restarted with a fresh /dev/shm; shut down only then (see test_kernel_death).
        await kernel.seen(other_than=pid)
    finally:
        await kernel.shut_down()


@pytest.mark.parametrize(
    ("code", "name", "words"),
    [
        ("import os, signal; os.kill(os.getpid(), signal.SIGSEGV)", "SIGSEGV", "segmentation"),
        ("import os; os.abort()", "SIGABRT", "abort"),
    ],
)
async def test_a_native_crash_is_named_as_one(jp_fetch, jp_serverapp, code, name, words):
    kernel = await Kernel.start(jp_fetch, jp_serverapp)
    try:
        pid = await kernel.seen()
        await kernel.run(code)
        death = await kernel.end()
        assert (death["signal"], death["cause"]) == (name, "crash")
        assert "crashed in native code" in death["text"] and words in death["text"]
        assert "faulthandler" in death["text"]
        assert "lack of memory" not in death["text"]
        await kernel.seen(other_than=pid)
    finally:
        await kernel.shut_down()


@pytest.mark.parametrize("cull", [{"cull_idle_timeout": 1, "cull_interval": 1}])
async def test_a_kernel_the_idle_culler_shut_down_is_named_as_culled(jp_fetch, jp_serverapp):
    kernel = await Kernel.start(jp_fetch, jp_serverapp)
    # No client connects: after a second idle, the next check culls it.
    ended = await kernel.end()
    assert ended["event"] == "shutdown" and ended["cause"] == "culled"
    assert ended["shutdown_by"] == "culler" and ended["cull_idle_timeout"] == 1
    assert ended["idle_seconds"] >= 1
    assert "idle culler shut the kernel down" in ended["text"]
    assert f"after {ended['idle_seconds']} s without activity" in ended["text"]
    assert kernel.id not in jp_serverapp.kernel_manager


@pytest.mark.parametrize(
    ("cull", "evidence"),
    [
        ({}, "the server's idle culler is off (cull_idle_timeout 0)"),
        (
            {"cull_idle_timeout": 600, "cull_interval": 1},
            "the server's idle culler (cull_idle_timeout 600 s) logged no cull of it",
        ),
    ],
)
async def test_a_client_shutdown_is_not_a_death(jp_fetch, jp_serverapp, evidence):
    kernel = await Kernel.start(jp_fetch, jp_serverapp)
    await kernel.seen()
    await jp_fetch("api", "kernels", kernel.id, method="DELETE")
    ended = await kernel.end()
    assert ended["event"] == "shutdown" and ended["cause"] == "shutdown"
    assert ended["shutdown_by"] == "client" and ended["tone"] == "neutral"
    assert "not a death" in ended["text"] and evidence in ended["text"]
    assert ended["signal"] is None


def test_the_culler_still_logs_what_the_watch_looks_for():
    """The culled verdict rests on jupyter_server's own cull message: a version that words it
    otherwise would leave every shutdown a client's, so this fails first."""
    source = inspect.getsource(MappingKernelManager.cull_kernel_if_idle)
    assert source.count(f'"{CULL_MESSAGE}') == 2  # the idle kernel's and the dead kernel's


@pytest.mark.parametrize(
    ("message", "args", "noted"),
    [
        (
            "Culling '%s' kernel '%s' (%s) with %d connections due to %s seconds of inactivity.",
            ("idle", "python3", "k-1", 0, 612),
            {"dead": False, "idle_seconds": 612},
        ),
        ("Culling '%s' dead kernel '%s' (%s).", ("dead", "python3", "k-1"), {"dead": True}),
        ("Kernel shutdown: %s", ("k-1",), None),
    ],
)
def test_the_cull_records_are_noted_and_let_through(message, args, noted):
    records = _CullRecords()
    record = logging.LogRecord("ServerApp", logging.WARNING, __file__, 1, message, args, None)
    assert records.filter(record) is True
    found = records.culled.get("k-1")
    assert (found is None) == (noted is None)
    for key, value in (noted or {}).items():
        assert found[key] == value
