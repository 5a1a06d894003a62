"""Active probes through a real jupyter_server, inside a network namespace.

Not collected on its own (the name does not start with test_): test_active_probes_in_netns.py
runs this file under `unshare --net`, with only loopback up, because an active probe also
connects to the instance metadata service, and no test may send that packet from the host.
"""

import asyncio
import json
import socket
import subprocess
import threading
import time

import pytest
from contract import assert_valid
from server_setup import server_config as _server_config
from tornado.httpclient import HTTPClientError

from jupyterlab_isolation_info.collector import credentials
from jupyterlab_isolation_info.routes import SERVICE_KEY


@pytest.fixture(autouse=True, scope="module")
def _only_loopback():
    # /proc/self/net follows this process's namespace (/sys/class/net follows sysfs's).
    with open("/proc/self/net/dev") as dev:
        interfaces = sorted(line.split(":")[0].strip() for line in dev.readlines()[2:])
    if interfaces != ["lo"]:
        pytest.fail(
            "run inside a fresh network namespace (test_active_probes_in_netns.py), "
            f"not with {interfaces}"
        )


class LoopbackListener:
    """A TCP listener on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            conn.close()

    def settled(self) -> int:
        """Every connection made so far, counted: a connect returns once the handshake is
        done and the connection waits in the accept queue, maybe before the thread took it,
        so the thread is stopped and the queue drained."""
        self._stop.set()
        self._thread.join()
        self.sock.setblocking(False)
        while True:
            try:
                conn, _ = self.sock.accept()
            except BlockingIOError:
                return self.accepted
            self.accepted += 1
            conn.close()

    def close(self):
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    server = LoopbackListener()
    yield server
    server.close()


class TestNoSsrf:
    @pytest.fixture
    def jp_server_config(self):
        return _server_config(active_probes=True, probe_timeout=0.2, probe_min_interval=0.0)

    async def test_a_client_named_target_is_never_contacted(self, jp_fetch, listener):
        target = {"host": "127.0.0.1", "port": str(listener.port)}
        endpoint = {"id": "evil", "name": "evil", "expected": "reachable", **target}
        await jp_fetch("isolation-info", "report", params={**target, "refresh": "1"})
        await jp_fetch(
            "isolation-info", "probe", method="POST", body=json.dumps(target), params=target
        )
        response = await jp_fetch(
            "isolation-info",
            "probe",
            method="POST",
            body=json.dumps({"extra_endpoints": [endpoint], "endpoints": [endpoint]}),
            headers={"X-Probe-Host": "127.0.0.1", "X-Probe-Port": str(listener.port)},
        )
        assert listener.settled() == 0
        report = assert_valid(json.loads(response.body))
        assert all(e["id"] != "evil" for e in report["endpoints"])
        assert str(listener.port) not in response.body.decode()


class TestConfiguredProbes:
    @pytest.fixture
    def jp_server_config(self, listener):
        return _server_config(
            active_probes=True,
            probe_timeout=3.0,
            probe_min_interval=0.0,
            extra_endpoints=[
                {
                    "id": "loopback",
                    "name": "A loopback listener",
                    "host": "127.0.0.1",
                    "port": listener.port,
                    "expected": "reachable",
                }
            ],
        )

    async def test_only_the_configured_target_is_probed(self, jp_fetch, listener):
        # (probe_timeout is generous: a loopback connect answers at once, but a loaded
        # machine may be slow to schedule the probe's thread.)
        response = await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        report = assert_valid(json.loads(response.body))
        loopback = next(e for e in report["endpoints"] if e["id"] == "loopback")
        assert loopback["status"] == "reachable"
        assert loopback["method"] == "connect"
        assert listener.settled() == 1

    async def test_a_passive_report_sends_nothing(self, jp_fetch, listener):
        response = await jp_fetch("isolation-info", "report", params={"refresh": "1"})
        loopback = next(e for e in json.loads(response.body)["endpoints"] if e["id"] == "loopback")
        assert loopback["method"] == "route"
        assert listener.settled() == 0


@pytest.fixture
def hanging_port():
    """A loopback port whose connects hang: its one-slot accept queue is kept full."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port))
    yield port
    filler.close()
    server.close()


class TestHangingProbe:
    @pytest.fixture
    def jp_server_config(self, hanging_port):
        hang = {"name": "A hanging target", "host": "127.0.0.1", "port": hanging_port}
        return _server_config(
            active_probes=True,
            probe_timeout=1.0,
            extra_endpoints=[{"id": f"hang-{n}", "expected": "blocked", **hang} for n in range(3)],
        )

    async def test_three_hanging_probes_are_cut_together_at_the_timeout(self, jp_fetch):
        started = time.monotonic()
        response = await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        elapsed = time.monotonic() - started

        hung = [e for e in json.loads(response.body)["endpoints"] if e["id"].startswith("hang-")]
        assert [e["status"] for e in hung] == ["blocked"] * 3
        assert all(e["method"] == "connect" for e in hung)
        # Concurrent: three 1 s timeouts take about 1 s, one after another 3 s; the margin
        # is for a loaded machine.
        assert elapsed < 2.5


def hang_on(host: str, port: int):
    """A listener on host:port whose connects hang (its one-slot accept queue kept full)."""
    server = socket.socket()
    server.bind((host, port))
    server.listen(0)
    filler = socket.create_connection((host, port))
    return server, filler


@pytest.fixture
def hanging_credentials_endpoint():
    """The container credentials endpoint's address on this namespace's loopback, hanging.

    Only inside the namespace this test runs in (see _only_loopback): the address is added to
    its lo and taken away again.
    """
    address = f"{credentials.ENDPOINT_HOST}/32"
    subprocess.run(["ip", "addr", "add", address, "dev", "lo"], check=True)
    try:
        server, filler = hang_on(credentials.ENDPOINT_HOST, credentials.ENDPOINT_PORT)
        yield
        filler.close()
        server.close()
    finally:
        subprocess.run(["ip", "addr", "del", address, "dev", "lo"], check=True)


class TestOneProbeBatch:
    TIMEOUT = 1.0

    @pytest.fixture
    def jp_server_config(self, hanging_port):
        hang = {"name": "A hanging target", "host": "127.0.0.1", "port": hanging_port}
        return _server_config(
            active_probes=True,
            probe_timeout=self.TIMEOUT,
            extra_endpoints=[{"id": f"hang-{n}", "expected": "blocked", **hang} for n in range(3)],
        )

    async def test_three_hanging_probes_and_the_credentials_endpoint_answer_within_the_timeout(
        self, jp_fetch, hanging_credentials_endpoint
    ):
        started = time.monotonic()
        response = await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        elapsed = time.monotonic() - started

        report = assert_valid(json.loads(response.body))
        hung = [e for e in report["endpoints"] if e["id"].startswith("hang-")]
        assert [e["status"] for e in hung] == ["blocked"] * 3
        assert report["credentials"]["method"] == "connect"
        assert "timed out" in report["credentials"]["detail"]
        # One batch: the endpoints and the credentials endpoint hang together, once; one
        # after the other takes two timeouts or more. An ordering against the timeout, not a
        # speed (the bench times it): the margin is for a loaded machine.
        assert elapsed < 1.9 * self.TIMEOUT, elapsed


class TestProbeRateLimit:
    @pytest.fixture
    def jp_server_config(self, hanging_port):
        # A target that hangs for the whole timeout keeps the one run under way while all
        # five requests arrive, however loaded the machine.
        hang = {"id": "hang", "host": "127.0.0.1", "port": hanging_port, "expected": "blocked"}
        return _server_config(
            active_probes=True,
            probe_timeout=1.0,
            probe_min_interval=60.0,
            extra_endpoints=[hang],
        )

    async def test_a_second_probe_within_the_interval_gets_429(self, jp_fetch, jp_serverapp):
        service = jp_serverapp.web_app.settings[SERVICE_KEY]
        before = service.collections_started
        results = await asyncio.gather(
            *(jp_fetch("isolation-info", "probe", method="POST", body=b"") for _ in range(5)),
            return_exceptions=True,
        )
        # Concurrent POSTs share the one run under way.
        assert all(not isinstance(r, Exception) for r in results), results
        assert service.collections_started == before + 1
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        assert error.value.code == 429
        assert int(error.value.response.headers["Retry-After"]) > 0
