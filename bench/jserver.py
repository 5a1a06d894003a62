"""A real `jupyter server` subprocess on loopback, and timed HTTP requests against it."""

from __future__ import annotations

import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

STARTUP_TIMEOUT = 90.0
REQUEST_TIMEOUT = 30.0


def free_port() -> int:
    """A port the kernel just handed out on 127.0.0.1 (closed again for the server to take)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile: with 300 samples p99 is the 297th smallest."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def run_bounded(command: list[str], timeout: float, **popen) -> tuple[int, bytes, bytes]:
    """(returncode, stdout, stderr) of a command in a session of its own, killed whole (it and
    every child) if it outlives timeout."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=popen.pop("stderr", subprocess.PIPE),
        start_new_session=True,
        **popen,
    )
    try:
        out, err = process.communicate(timeout=timeout)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process.returncode, out, err or b""


def timed_gets(client: Client, path: str, count: int) -> list[float]:
    """GET path count times in a row on one connection, each answered 200: their times."""
    samples = []
    for _ in range(count):
        code, _, seconds = client.request("GET", path)
        if code != 200:
            raise RuntimeError(f"{path} answered {code}")
        samples.append(seconds)
    return samples


def status_samples(client: Client, count: int) -> list[float]:
    """`/api/status` asked count times in a row: the server's own floor."""
    return timed_gets(client, "/api/status", count)


def while_in_flight(
    server: JupyterServer, method: str, path: str, status_client: Client, interval: float
) -> tuple[dict, list[float]]:
    """One request on a connection of its own; meanwhile `/api/status` on status_client every
    interval. Returns the request's outcome (code, body, seconds) and the status times."""
    outcome: dict = {}
    during: list[float] = []

    def ask() -> None:
        client = server.client()
        try:
            outcome["code"], outcome["body"], outcome["seconds"] = client.request(method, path)
        finally:
            client.close()

    worker = threading.Thread(target=ask)
    worker.start()
    deadline = time.monotonic() + 30  # bounded even if the answer never comes
    while worker.is_alive() and time.monotonic() < deadline:
        code, _, seconds = status_client.request("GET", "/api/status")
        if code != 200:
            raise RuntimeError(f"/api/status answered {code}")
        during.append(seconds)
        time.sleep(interval)
    worker.join(5)
    if "code" not in outcome:
        raise SystemExit(f"{method} {path} never answered")
    return outcome, during


class Client:
    """One keep-alive HTTP/1.1 connection to 127.0.0.1, authenticated with the server token."""

    def __init__(self, port: int, token: str):
        self._port = port
        self._headers = {"Authorization": f"token {token}"}
        self._connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)

    def request(self, method: str, path: str) -> tuple[int, bytes, float]:
        """(status, body, seconds), the time covering the request and the whole body."""
        started = time.perf_counter()
        try:
            self._connection.request(
                method, path, body=b"" if method == "POST" else None, headers=self._headers
            )
            response = self._connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            # The server closed the keep-alive connection: reconnect once and retry.
            self._connection.close()
            self._connection = http.client.HTTPConnection(
                "127.0.0.1", self._port, timeout=REQUEST_TIMEOUT
            )
            started = time.perf_counter()
            self._connection.request(
                method, path, body=b"" if method == "POST" else None, headers=self._headers
            )
            response = self._connection.getresponse()
            body = response.read()
        return response.status, body, time.perf_counter() - started

    def get_json(self, path: str) -> dict:
        status, body, _ = self.request("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}: {body[:300]!r}")
        return json.loads(body)

    def close(self) -> None:
        self._connection.close()


class JupyterServer:
    """`jupyter server` on 127.0.0.1 with a random port and token; always stopped by __exit__.

    The config, data and runtime directories are fresh temporary ones, so nothing a developer
    configured (or a running `make lab`) leaks in; the venv's sys-prefix config still applies.
    """

    def __init__(self, config: str, extra_env: dict[str, str] | None = None):
        self.port = free_port()
        self.token = secrets.token_hex(24)
        self._config = config
        self._extra_env = extra_env or {}
        self._workdir = tempfile.TemporaryDirectory(prefix="isolation-bench-")
        self._process: subprocess.Popen | None = None
        self.log_path = Path(self._workdir.name, "server.log")

    def __enter__(self) -> JupyterServer:
        work = Path(self._workdir.name)
        for name in ("config", "data", "runtime", "root"):
            (work / name).mkdir()
        config_file = work / "config" / "bench_config.py"
        config_file.write_text(self._config)
        env = dict(os.environ)
        env.update(
            JUPYTER_CONFIG_DIR=str(work / "config"),
            JUPYTER_DATA_DIR=str(work / "data"),
            JUPYTER_RUNTIME_DIR=str(work / "runtime"),
            JUPYTER_PLATFORM_DIRS="1",
        )
        env.update(self._extra_env)
        command = [
            str(Path(sys.executable).with_name("jupyter")),
            "server",
            f"--config={config_file}",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            "--ServerApp.allow_root=True",
            "--ServerApp.open_browser=False",
            f"--ServerApp.root_dir={work / 'root'}",
        ]
        log = self.log_path.open("wb")
        try:
            # A session of its own, so stopping it reaches any child it started.
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        finally:
            log.close()
        try:
            self._wait_until_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"jupyter server exited at start-up:\n{self.log_tail()}")
            try:
                client = self.client()
                try:
                    status, _, _ = client.request("GET", "/api/status")
                finally:
                    client.close()
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(
            f"jupyter server did not answer in {STARTUP_TIMEOUT:g} s:\n{self.log_tail()}"
        )

    def client(self) -> Client:
        return Client(self.port, self.token)

    @property
    def root_dir(self) -> Path:
        """The server's root_dir (the file browser's root), removed with the server."""
        return Path(self._workdir.name, "root")

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def __exit__(self, *exc_info) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            # SIGTERM lets jupyter server shut down cleanly; SIGKILL only if it lingers.
            for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
                try:
                    os.killpg(process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    process.wait(wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self._process = None
        self._workdir.cleanup()
