"""Endpoint status semantics.

NETWORK SAFETY: nothing here sends a packet to a non-loopback address. Active probes target only
127.0.0.1 listeners made here, or run inside a network namespace each test creates with
`unshare --net` (only `lo` exists there, so no packet can leave the machine). Route lookups are
UDP connect() calls, which send nothing.
"""

import json
import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from jupyterlab_isolation_info.collector import probe

REPO = Path(__file__).resolve().parents[2]

# Inside the test-made namespace: Studio-like rules, plus a /24 routed to lo whose addresses are
# not local, so a SYN to them is dropped (a hanging target that no packet escapes).
NETNS_SETUP = [
    "ip link set lo up",
    "ip route add prohibit 169.254.169.254/32",
    "ip -6 route add prohibit fd00:ec2::254/128",
    "ip route add unreachable 192.0.2.77/32",
    "ip route add blackhole 198.51.100.7/32",
    "ip route add 10.99.0.0/24 dev lo",
]


def run_in_netns(code: str) -> object:
    """Run Python code in a fresh network namespace set up as above; returns its printed JSON."""
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        pytest.fail("needs root, unshare and ip to build a network namespace; CI runs as root")
    script = " && ".join([*NETNS_SETUP, 'exec /usr/bin/python3 -c "$0"'])
    completed = subprocess.run(
        ["unshare", "--net", "sh", "-c", script, code],
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def endpoint(host: str, port: int = 80, expected: str = "blocked", endpoint_id: str = "t") -> dict:
    return {
        "id": endpoint_id,
        "name": endpoint_id,
        "host": host,
        "port": port,
        "expected": expected,
    }


@pytest.mark.root
class TestRouteLookupInANamespace:
    @pytest.mark.parametrize(
        ("host", "status", "errno_name"),
        [
            ("169.254.169.254", "blocked", "EACCES"),  # prohibit
            ("fd00:ec2::254", "blocked", "EACCES"),  # prohibit, IPv6
            ("192.0.2.77", "blocked", "EHOSTUNREACH"),  # unreachable
            ("198.51.100.7", "blocked", "EINVAL"),  # blackhole
            ("203.0.113.9", "blocked", "ENETUNREACH"),  # no route at all
            ("10.99.0.2", "routable", None),
            ("127.0.0.1", "routable", None),
        ],
    )
    def test_the_kernels_answer_decides(self, host, status, errno_name):
        code = (
            "import json; from jupyterlab_isolation_info.collector import probe; "
            f"print(json.dumps(probe.route_lookup({host!r}, 80)))"
        )
        got_status, detail = run_in_netns(code)
        assert got_status == status
        if errno_name:
            assert f"({errno_name})" in detail
        else:
            assert "no packet was sent" in detail

    def test_active_probes_in_the_namespace_are_concurrent_and_bounded(self):
        hosts = ["169.254.169.254", "fd00:ec2::254", "198.51.100.7", "10.99.0.2", "10.99.0.3"]
        code = (
            "import json, time; from jupyterlab_isolation_info.collector import probe\n"
            f"endpoints = [{{'id': h, 'host': h, 'port': 80}} for h in {hosts!r}]\n"
            "started = time.monotonic()\n"
            "results = probe.check_endpoints(endpoints, active=True, timeout=0.5)\n"
            "print(json.dumps([results, time.monotonic() - started]))\n"
        )
        results, elapsed = run_in_netns(code)
        assert [r["status"] for r in results] == ["blocked"] * 5
        assert all(r["method"] == "connect" for r in results)
        assert "timed out" in results[3]["detail"]  # the hanging target
        assert "(EACCES)" in results[0]["detail"]
        # Two hanging targets at 0.5 s each, concurrently: about 0.5 s; generous bound.
        assert elapsed < 1.5


@pytest.fixture
def loopback_listener():
    server = socket.create_server(("127.0.0.1", 0))
    accepted = []

    def serve():
        try:
            connection, _ = server.accept()
            accepted.append(1)
            connection.close()
        except OSError:
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    server.close()


@pytest.fixture
def closed_port():
    """A loopback port with nothing listening (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def hanging_port():
    """A loopback port whose connects hang: its one-slot accept queue is kept full."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = [socket.create_connection(("127.0.0.1", port))]
    yield port
    for filler in fillers:
        filler.close()
    server.close()


class TestLoopbackProbes:
    def test_a_listener_is_reachable_by_connect_only_when_asked(self, loopback_listener):
        port, accepted = loopback_listener
        [passive] = probe.check_endpoints([endpoint("127.0.0.1", port)], active=False)
        assert (passive["status"], passive["method"]) == ("routable", "route")
        assert accepted == []
        [active] = probe.check_endpoints([endpoint("127.0.0.1", port)], active=True, timeout=1)
        assert (active["status"], active["method"]) == ("reachable", "connect")
        time.sleep(0.1)
        assert accepted == [1]

    def test_a_refused_connection_is_unknown_and_says_why(self, closed_port):
        [result] = probe.check_endpoints([endpoint("127.0.0.1", closed_port)], active=True)
        assert result["status"] == "unknown"
        assert "refused" in result["detail"]

    def test_hanging_targets_are_blocked_after_one_timeout_not_three(self, hanging_port):
        started = time.monotonic()
        results = probe.check_endpoints(
            [endpoint("127.0.0.1", hanging_port, endpoint_id=f"h{n}") for n in range(3)],
            active=True,
            timeout=0.5,
        )
        elapsed = time.monotonic() - started
        assert [r["status"] for r in results] == ["blocked"] * 3
        assert all("timed out" in r["detail"] for r in results)
        assert elapsed < 1.4  # three 0.5 s timeouts run side by side

    def test_ipv6_loopback_is_routable(self):
        [result] = probe.check_endpoints([endpoint("::1", 9)])
        assert result["status"] == "routable"


class TestEndpointList:
    def test_defaults_are_imds_over_both_families(self):
        ids = [(e["id"], e["host"], e["port"]) for e in probe.default_endpoints()]
        assert ids == [("imds-ipv4", "169.254.169.254", 80), ("imds-ipv6", "fd00:ec2::254", 80)]

    def test_efs_endpoints_are_named_by_address(self):
        [efs] = probe.efs_endpoints([{"address": "10.0.45.67", "mount_point": "/home/u"}])
        assert efs["id"] == "efs-10.0.45.67"
        assert (efs["port"], efs["expected"]) == (2049, "blocked")

    @pytest.mark.parametrize(
        ("bad", "message"),
        [
            ("not a dict", "not a mapping"),
            ({"id": "x", "host": "127.0.0.1"}, "lacks port"),
            ({"id": "x", "host": "127.0.0.1", "port": 0}, "port is not a number"),
            ({"id": "x", "host": "127.0.0.1", "port": "80"}, "port is not a number"),
            ({"id": "x", "host": "127.0.0.1", "port": True}, "port is not a number"),
            ({"id": "x", "host": "", "port": 80}, "host is not"),
        ],
    )
    def test_a_bad_configured_endpoint_is_unknown_not_an_exception(self, bad, message):
        [result] = probe.check_endpoints([bad], active=True)
        assert result["status"] == "unknown"
        assert message in result["detail"]

    def test_a_host_name_is_not_resolved_without_an_active_probe(self):
        # AI_NUMERICHOST: no DNS query is sent for a name in a passive report.
        [result] = probe.check_endpoints([endpoint("metadata.example.invalid")])
        assert result["status"] == "unknown"
        assert "DNS" in result["detail"]
