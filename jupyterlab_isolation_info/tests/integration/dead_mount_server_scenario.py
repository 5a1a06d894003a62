"""Run by test_dead_mount_server.py inside a mount namespace of its own (``unshare --mount
--propagation private``). Prints one JSON object.

``server VENV UID``: a real `jupyter server` with the extension, running as UID (no
supplementary groups), whose root holds a dead FUSE mount (``efs``, allow_other, so that UID
reaches it and waits there), links inside the root that lead onto it (``to_stall -> efs``,
``data -> <root>/efs/data``), links that lead out (``out``, ``out_missing``) and a local file.
Everything goes to 127.0.0.1.

``exhaust``: the guard's bound where it lives, in this process: ``workers.MAX_BUSY = 3`` and four
dead mounts; the first three each hold a worker for ever, the fourth is refused at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from stalled_explain_scenario import Contents
from stalled_fuse import ensure_private_mount_namespace, mount_stalled, release

from jupyterlab_isolation_info.collector import workers
from jupyterlab_isolation_info.explain_service import ExplainService

STARTUP_TIMEOUT = 90.0
REQUEST_TIMEOUT = 30.0
CLI_TIMEOUT = 30.0
# The eight explanations in flight at once, every one on the dead mount (through either link).
EIGHT = [f"to_stall/{name}" for name in "aceg"] + [f"data/{name}" for name in "bdfh"]
# Asked one after the other while the eight wait; the local file's explanation last (it runs on
# the explanations' own pool, the others never do).
OTHER_ROUTES = [
    "/isolation-info/report",
    "/isolation-info/report?refresh=1",
    "/isolation-info/kernel-code",
    "/isolation-info/schema",
    "/isolation-info/explain/schema",
    "/api/status",
    "/metrics",
    "/isolation-info/explain?path=local.txt",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Client:
    """One HTTP/1.1 connection to 127.0.0.1 with the server's token."""

    def __init__(self, port: int, token: str):
        self._connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        self._headers = {"Authorization": f"token {token}"}

    def get(self, path: str) -> dict:
        began = time.monotonic()
        self._connection.request("GET", path, headers=self._headers)
        response = self._connection.getresponse()
        body = response.read()
        ended = time.monotonic()
        return {
            "path": path,
            "code": response.status,
            "seconds": ended - began,
            "began": began,
            "ended": ended,
            "body": body.decode("utf-8", "replace"),
        }

    def close(self) -> None:
        self._connection.close()


def as_user(uid: int) -> list[str]:
    return ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups"]


class Server:
    """`jupyter server` as ``uid`` on a loopback port with a token, given ``options`` too;
    stopped by ``stop``."""

    def __init__(self, venv: Path, uid: int, root: Path, home: Path, *options: str):
        self.port = free_port()
        self.token = secrets.token_hex(24)
        self.log = home / "server.log"
        config = home / "jupyter_server_config.py"
        config.write_text(
            'c.ServerApp.jpserver_extensions = {"jupyterlab_isolation_info": True}\n'
            "c.ServerApp.authenticate_prometheus = True\n"
        )
        config.chmod(0o644)
        env = {
            "PATH": f"{venv}/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME": str(home),
            "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
            "JUPYTER_DATA_DIR": str(home / ".local/share/jupyter"),
            "JUPYTER_RUNTIME_DIR": str(home / ".local/share/jupyter/runtime"),
            "JUPYTER_PLATFORM_DIRS": "1",
        }
        command = [
            *as_user(uid),
            str(venv / "bin" / "jupyter"),
            "server",
            f"--config={config}",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            "--ServerApp.open_browser=False",
            f"--ServerApp.root_dir={root}",
            *options,
        ]
        with self.log.open("wb") as log:
            # A session of its own, so stopping it reaches any child it started.
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=home,
                start_new_session=True,
            )
        self._wait_until_ready()

    def client(self) -> Client:
        return Client(self.port, self.token)

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"jupyter server exited at start-up:\n{self.log_tail()}")
            with contextlib.suppress(OSError, http.client.HTTPException):
                client = self.client()
                try:
                    if client.get("/api/status")["code"] == 200:
                        return
                finally:
                    client.close()
            time.sleep(0.2)
        raise SystemExit(f"jupyter server did not answer in {STARTUP_TIMEOUT:g} s")

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return self.log.read_text(errors="replace")[-3000:]
        return "(no log)"

    def stop(self) -> None:
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            if self.process.poll() is not None:
                return
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(wait)


def cli(venv: Path, uid: int, home: Path, path: str) -> dict:
    """`python -m jupyterlab_isolation_info explain PATH --json` as ``uid``, with a timeout."""
    began = time.monotonic()
    command = [*as_user(uid), str(venv / "bin" / "python"), "-m", "jupyterlab_isolation_info"]
    try:
        done = subprocess.run(
            [*command, "explain", path, "--json"],
            env={"PATH": "/usr/bin:/bin", "HOME": str(home)},
            cwd=home,
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"returncode": None, "seconds": time.monotonic() - began, "answer": None}
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        answer = None
    return {
        "returncode": done.returncode,
        "seconds": time.monotonic() - began,
        "answer": answer,
        "stderr": done.stderr[-2000:],
    }


def in_flight_at_once(server: Server, paths: list[str], during) -> tuple[list[dict], object]:
    """Ask for every path at once (each on a connection of its own), run ``during()`` while
    they are in flight, then wait for all of them."""
    answers: dict[str, dict] = {}
    ready = threading.Barrier(len(paths) + 1)

    def ask(path: str) -> None:
        client = server.client()
        try:
            ready.wait()
            try:
                answers[path] = client.get(f"/isolation-info/explain?path={path}")
            except (OSError, http.client.HTTPException) as error:
                answers[path] = {"path": path, "code": None, "error": str(error)}
        finally:
            client.close()

    threads = [threading.Thread(target=ask, args=(path,), daemon=True) for path in paths]
    for thread in threads:
        thread.start()
    ready.wait()
    sent = time.monotonic()
    time.sleep(0.1)  # each of them reached the server
    seen = during()
    for thread in threads:
        thread.join(REQUEST_TIMEOUT + 5)
    ordered = [answers.get(path, {"path": path, "code": None}) for path in paths]
    for answer in ordered:
        if "began" in answer:
            answer["after_sent"] = answer["ended"] - sent
    return ordered, seen


def server_scenario(venv: Path, uid: int) -> dict:
    base = Path(tempfile.mkdtemp(prefix="isolation-dead-mount-"))
    base.chmod(0o755)  # the server's user traverses it
    root, home, outside = base / "root", base / "home", base / "outside" / "dir"
    for directory in (root, home, outside):
        directory.mkdir(parents=True)
    for directory in (root, home):
        os.chown(directory, uid, uid)
    (root / "local.txt").write_text("x")
    os.chown(root / "local.txt", uid, uid)
    point = root / "efs"
    point.mkdir()
    os.chown(point, uid, uid)
    links = {
        "to_stall": "efs",
        "data": f"{root}/efs/data",
        "out": str(outside),
        "out_missing": "/nonexistent/x",
    }
    for name, target in links.items():
        (root / name).symlink_to(target)
        os.lchown(root / name, uid, uid)
    result: dict = {"root": str(root), "outside": str(outside), "uid": uid}
    server = Server(venv, uid, root, home)
    device = None
    try:
        client = server.client()
        # Each route once before any outage: what is timed below is the route, not its first
        # import or the first collection of the report.
        result["warm"] = [client.get(path) for path in OTHER_ROUTES]
        device = mount_stalled(point, allow_other=True)
        # (a) one stalled path through a link, on the server and in the CLI.
        result["stalled"] = client.get("/isolation-info/explain?path=to_stall/x")
        result["cli"] = cli(venv, uid, home, f"{root}/to_stall/x")
        # A new outage: the old connection aborted (its stuck calls fail and their workers come
        # back), a fresh dead mount in its place, not yet known to the server to be stalled.
        release(point, device)
        device = None
        time.sleep(0.2)
        device = mount_stalled(point, allow_other=True)
        # (b) eight explanations on the dead mount in flight, every other route meanwhile.
        others = server.client()

        def during() -> list[dict]:
            return [others.get(path) for path in OTHER_ROUTES]

        result["eight"], result["others"] = in_flight_at_once(server, EIGHT, during)
        others.close()
        # (c) links that lead out of the root.
        result["out"] = client.get("/isolation-info/explain?path=out")
        result["out_missing"] = client.get("/isolation-info/explain?path=out_missing")
        client.close()
    finally:
        server.stop()
        if device is not None:
            release(point, device)
        result["log"] = server.log_tail()
        shutil.rmtree(base, ignore_errors=True)
    return result


async def timed(service: ExplainService, path: str) -> dict:
    began = time.monotonic()
    explained = await service.explain(path)
    return {"path": path, "seconds": time.monotonic() - began, "answer": explained.answer}


async def exhaust(root: Path, busy_bound: int) -> dict:
    service = ExplainService(Contents(str(root)))
    stuck = [asyncio.ensure_future(timed(service, f"m{index}/x")) for index in range(busy_bound)]
    # Each of them now waits in a worker of its own (the guard gives up after 1 s; the
    # workers stay blocked for ever).
    await asyncio.sleep(0.3)
    result: dict = {"busy_while_waiting": workers.busy()}
    result["refused"] = await timed(service, f"m{busy_bound}/x")
    result["local"] = await timed(service, "local.txt")
    result["stuck"] = list(await asyncio.gather(*stuck))
    result["busy_after"] = workers.busy()
    # Still refused at once once the three have been answered: their workers stay blocked.
    result["refused_again"] = await timed(service, f"m{busy_bound}/y")
    result["local_again"] = await timed(service, "local.txt")
    service.close()
    return result


def exhaust_scenario() -> dict:
    busy_bound = 3
    workers.MAX_BUSY = busy_bound  # configuration: a module constant, not a mock
    root = Path(tempfile.mkdtemp(prefix="isolation-busy-"))
    (root / "local.txt").write_text("x")
    mounts = []
    try:
        for index in range(busy_bound + 1):
            point = root / f"m{index}"
            point.mkdir()
            mounts.append((point, mount_stalled(point)))
        result = asyncio.run(exhaust(root, busy_bound))
    finally:
        for point, device in mounts:
            release(point, device)
    result["root"] = str(root)
    shutil.rmtree(root, ignore_errors=True)
    return result


def main() -> None:
    ensure_private_mount_namespace(sys.argv[1])
    if sys.argv[2] == "server":
        result = server_scenario(Path(sys.argv[3]), int(sys.argv[4]))
    else:
        result = exhaust_scenario()
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
