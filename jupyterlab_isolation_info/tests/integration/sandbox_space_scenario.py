"""Run by test_sandbox_space.py inside studio-sandbox, as sagemaker-user, with the venv's python:
a small home made nearly full, a real Jupyter server and kernel, then the product and the
kernel's own tools (df, du) side by side. Prints one JSON object.

The home (a tmpfs), the mount under it, /dev/shm and the FUSE mount that never answers are the
sandbox's (its options); this lays out the home with scripts/sandbox/space-home.py, starts
`jupyter server` (its runtime, config and IPython files in /tmp, so the server writes nothing in
the home), opens analysis.ipynb's session, has its kernel write a file, unlink it and keep it
open, fills the home, and then measures. Nothing but 127.0.0.1 of the sandbox is connected to.
"""

from __future__ import annotations

import http.client
import json
import os
import secrets
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

from jupyter_client import BlockingKernelClient

HOME = Path(os.environ["HOME"])
DEAD = HOME / "user-default-efs"  # the stalled FUSE mount: nothing here ever looks at it
MOUNT = HOME / "data"  # a tmpfs under the home
BUILDER = Path(sys.argv[1])
PYTHON = sys.executable
HELD = HOME / "outputs" / "epoch-3.ckpt.tmp"
HELD_BYTES = 2_000_000
SHARE = 0.93
KERNEL_CODE = f"""
import os
os.makedirs(os.path.dirname({str(HELD)!r}), exist_ok=True)
_held = open({str(HELD)!r}, "wb")
_held.write(b"k" * {HELD_BYTES})
_held.flush()
os.unlink(_held.name)
"""
TIMEOUT = 60.0


def run(*command: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=check)


def df(points: list[str]) -> dict:
    """df's figures of each mount point (never the dead one: df would wait there)."""
    fields = "size,used,avail,itotal,iused,iavail"
    rows = {}
    for point in points:
        out = run("df", "-B1", f"--output={fields}", point).stdout.splitlines()[1].split()
        rows[point] = [int(value) if value != "-" else None for value in out]
    return rows


def du(*paths: Path) -> tuple[int, str]:
    """``du -sxB1 --total`` (allocated bytes, hard links once, one file system), and what it
    said on stderr (a folder it could not read)."""
    done = run("du", "-sxB1", "--total", "--", *map(str, paths), check=False)
    return int(done.stdout.splitlines()[-1].split()[0]), done.stderr


def mounts_below(root: Path) -> set[str]:
    """Mount points below root, from mountinfo (its fifth field; these names need no
    unescaping), never from a stat."""
    with open("/proc/self/mountinfo", encoding="utf-8") as table:
        points = {line.split()[4] for line in table}
    return {point for point in points if point.startswith(f"{root}/")}


def snapshot(root: Path) -> dict:
    """Every entry's lstat (size, mode, mtime, ctime, inode, links) below root; the dead mount
    is passed over by name before anything looks at it; a folder that cannot be listed is an
    entry with its error."""
    seen = {}
    stack = [root]
    while stack:
        folder = stack.pop()
        info = os.lstat(folder)
        seen[str(folder)] = _facts(info)
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            seen[str(folder)].append(error.strerror)
            continue
        for entry in entries:
            path = Path(entry.path)
            if path == DEAD:
                seen[str(path)] = "not looked at"
                continue
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(info.st_mode):
                stack.append(path)
            else:
                seen[str(path)] = _facts(info)
    return seen


def _facts(info: os.stat_result) -> list:
    return [
        info.st_size,
        info.st_blocks,
        info.st_mode,
        info.st_mtime_ns,
        info.st_ctime_ns,
        info.st_ino,
        info.st_nlink,
    ]


class Server:
    """`jupyter server` on the sandbox's own loopback, with a token."""

    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.token = secrets.token_hex(24)
        env = {
            **os.environ,
            "JUPYTER_CONFIG_DIR": "/tmp/jupyter-config",
            "JUPYTER_DATA_DIR": "/tmp/jupyter-data",
            "JUPYTER_RUNTIME_DIR": "/tmp/jupyter-runtime",
            "IPYTHONDIR": "/tmp/ipython",
        }
        self.log = open("/tmp/server.log", "wb")  # noqa: SIM115 - open while it runs
        self.process = subprocess.Popen(
            [
                *(PYTHON, "-m", "jupyter_server", "--no-browser"),
                "--ServerApp.ip=127.0.0.1",
                f"--ServerApp.port={self.port}",
                f"--IdentityProvider.token={self.token}",
                f"--ServerApp.root_dir={HOME}",
            ],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            cwd=HOME,
        )
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                if self.request("GET", "/api/status")[0] == 200:
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start: " + Path("/tmp/server.log").read_text())
            time.sleep(0.2)

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            connection.request(
                method,
                path,
                body=json.dumps(body) if body is not None else None,
                headers={"Authorization": f"token {self.token}"},
            )
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        return response.status, json.loads(data) if data else {}

    def walk(self, path: str = "") -> tuple[dict, float]:
        """The server's walk of a folder, from its start to its answer; how long it took."""
        began = time.monotonic()
        code, envelope = self.request("GET", f"/isolation-info/space?path={path}&refresh=1")
        while code == 200 and envelope["state"] == "running":
            if time.monotonic() - began > TIMEOUT:
                raise SystemExit("the server's walk did not finish")
            time.sleep(0.1)
            code, envelope = self.request("GET", f"/isolation-info/space?path={path}")
        assert code == 200, envelope
        return envelope, time.monotonic() - began

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=TIMEOUT)
        self.log.close()


def hold_a_deleted_file(server: Server) -> dict:
    """analysis.ipynb's session; its kernel writes a file, unlinks it and keeps it open."""
    code, session = server.request(
        "POST",
        "/api/sessions",
        {
            "path": "analysis.ipynb",
            "name": "analysis.ipynb",
            "type": "notebook",
            "kernel": {"name": "python3"},
        },
    )
    assert code == 201, session
    kernel_id = session["kernel"]["id"]
    client = BlockingKernelClient(connection_file=f"/tmp/jupyter-runtime/kernel-{kernel_id}.json")
    client.load_connection_file()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=TIMEOUT)
        reply = client.execute_interactive(
            KERNEL_CODE,
            store_history=False,
            user_expressions={
                "blocks": "os.fstat(_held.fileno()).st_blocks",
                "pid": "os.getpid()",
            },
            timeout=TIMEOUT,
        )
    finally:
        client.stop_channels()
    assert reply["content"]["status"] == "ok", reply["content"]
    found = {
        name: int(value["data"]["text/plain"])
        for name, value in reply["content"]["user_expressions"].items()
    }
    return {"kernel_id": kernel_id, "pid": found["pid"], "bytes": found["blocks"] * 512}


def cli(*args: str) -> tuple[dict, float]:
    began = time.monotonic()
    done = run(PYTHON, "-m", "jupyterlab_isolation_info", *args, "--json", check=False)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return json.loads(done.stdout), time.monotonic() - began


def main() -> None:
    made = json.loads(run(PYTHON, str(BUILDER), "layout", str(HOME)).stdout)
    (MOUNT / "cached-batch.bin").write_bytes(b"m" * 500_000)
    Path("/dev/shm/torch_shm_0").write_bytes(b"t" * 256 * 1024)
    server = Server()
    try:
        held = hold_a_deleted_file(server)
        run(PYTHON, str(BUILDER), "fill", str(HOME), str(SHARE))
        points = [str(HOME), str(MOUNT), "/", "/tmp", "/dev/shm"]
        before = snapshot(HOME)
        df_before = df(points)
        # du -x would stat the dead mount's root and wait for ever: it is given the home's
        # entries but the mounts (each argument is a start of its own, whose file system -x
        # keeps to), in one du, so a hard link still counts once; plus the home itself.
        entries = sorted(p for p in HOME.iterdir() if str(p) not in mounts_below(HOME))
        du_home, du_said = du(*entries)
        du_home += os.lstat(HOME).st_blocks * 512
        du_paths = {
            name: du(*(HOME / path for path in below))[0]
            for name, below in {
                "pip": [".cache/pip"],
                "torch": [".cache/torch"],
                "huggingface": [Path(made["hf_home"]).relative_to(HOME) / "hub"],
                "trash": [".local/share/Trash"],
                "datasets and models": ["datasets", "models"],
                "checkpoints": [".ipynb_checkpoints"],
            }.items()
        }
        report, report_seconds = cli()
        walk, walk_seconds = cli("space")
        served, served_seconds = server.walk()
        _, server_report = server.request("GET", "/isolation-info/report?refresh=1")
        df_after = df(points)
        after = snapshot(HOME)
    finally:
        server.stop()
    json.dump(
        {
            "home": str(HOME),
            "dead": str(DEAD),
            "mount": str(MOUNT),
            "made": made,
            "held": held,
            "df_before": df_before,
            "df_after": df_after,
            "du_home": du_home,
            "du_said": du_said,
            "du_paths": du_paths,
            "report": report,
            "report_seconds": report_seconds,
            "walk": walk,
            "walk_seconds": walk_seconds,
            "served": served,
            "served_seconds": served_seconds,
            "server_report": server_report,
            "changed": sorted(
                k for k in before.keys() | after.keys() if before.get(k) != after.get(k)
            ),
            "entries": len(before),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
