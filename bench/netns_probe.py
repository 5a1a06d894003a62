"""Event-loop responsiveness while three active probes hang; run only inside a new network
namespace (run.py starts it with `unshare --net`), where the only interface is loopback.

The hanging targets are loopback ports whose accept queue is full (listen(0) plus one connection
that is never accepted): a further SYN is dropped, so a connect waits for its timeout. The
container credentials endpoint hangs the same way: its address is put on this namespace's
loopback, so the whole probe batch (endpoints and credentials) is measured. The metadata
service (IPv4 and IPv6) has no route here and fails at once, without a packet leaving the
namespace.

Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys

from jserver import JupyterServer, status_samples, while_in_flight
from rows import summary

PROBE_RUNS = 5
IDLE_REQUESTS = 200
STATUS_INTERVAL = 0.010  # a status request every 10 ms, as a busy page polling would
PROBE_TIMEOUT = 1.0
# The container credentials endpoint (collector/credentials.py).
CREDENTIALS_HOST = "169.254.170.2"
CREDENTIALS_PORT = 80


def ensure_private_namespace() -> None:
    """Refuse to run unless loopback is the only interface: no packet can leave this machine."""
    # if_nameindex asks this process's namespace; /sys/class/net shows the one sysfs was mounted in.
    interfaces = sorted(name for _, name in socket.if_nameindex())
    if interfaces != ["lo"]:
        raise SystemExit(f"not in a private network namespace (interfaces: {interfaces})")
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)


def hanging_listener(
    host: str = "127.0.0.1", port: int = 0
) -> tuple[socket.socket, socket.socket, int]:
    """A port on which connects hang: backlog 0, its one queue slot taken."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind((host, port))
    server.listen(0)
    port = server.getsockname()[1]
    held = socket.create_connection((host, port), timeout=2)
    # Verify it hangs, so the benchmark measures what it claims.
    try:
        socket.create_connection((host, port), timeout=0.2).close()
    except TimeoutError:
        return server, held, port
    raise SystemExit(f"{host}:{port} accepted a connection; the hanging target does not hang")


def endpoints_in(report, ids: set[str]) -> list[dict]:
    """The endpoint entries with these ids, wherever the report keeps them."""
    found = []
    if isinstance(report, dict):
        if report.get("id") in ids and "status" in report:
            found.append(report)
        for value in report.values():
            found.extend(endpoints_in(value, ids))
    elif isinstance(report, list):
        for value in report:
            found.extend(endpoints_in(value, ids))
    return found


def main() -> None:
    ensure_private_namespace()
    # The credentials endpoint, on this namespace's loopback only (ensure_private_namespace).
    subprocess.run(["ip", "addr", "add", f"{CREDENTIALS_HOST}/32", "dev", "lo"], check=True)
    server_socket, held, _ = hanging_listener(CREDENTIALS_HOST, CREDENTIALS_PORT)
    sockets = [server_socket, held]
    endpoints = []
    for number in range(3):
        server_socket, held, port = hanging_listener()
        sockets += [server_socket, held]
        endpoints.append(
            {
                "id": f"bench-hang-{number}",
                "name": f"Hanging loopback port {number}",
                "host": "127.0.0.1",
                "port": port,
                "expected": "blocked",
            }
        )
    config = "\n".join(
        [
            'c.ServerApp.jpserver_extensions = {"jupyterlab_isolation_info": True}',
            "c.IsolationInfo.active_probes = True",
            f"c.IsolationInfo.probe_timeout = {PROBE_TIMEOUT}",
            "c.IsolationInfo.probe_min_interval = 0.0",
            f"c.IsolationInfo.extra_endpoints = {endpoints!r}",
        ]
    )
    result: dict = {"probe_seconds": [], "status_during": [], "entries": []}
    try:
        with JupyterServer(config) as server:
            status_client = server.client()
            result["status_idle"] = status_samples(status_client, IDLE_REQUESTS)
            for _ in range(PROBE_RUNS):
                outcome, during = while_in_flight(
                    server, "POST", "/isolation-info/probe", status_client, STATUS_INTERVAL
                )
                result["status_during"] += during
                if outcome["code"] != 200:
                    raise SystemExit(f"probe answered {outcome['code']}: {outcome['body'][:300]!r}")
                result["probe_seconds"].append(outcome["seconds"])
                ids = {endpoint["id"] for endpoint in endpoints}
                report = json.loads(outcome["body"])
                result["entries"] = endpoints_in(report, ids)
                result["credentials"] = report.get("credentials", {})
            status_client.close()
    finally:
        for open_socket in sockets:
            open_socket.close()
    answer = {
        "probe_runs": PROBE_RUNS,
        "probe_seconds": result["probe_seconds"],
        "status_during": summary(result["status_during"]),
        "status_idle": summary(result["status_idle"]),
        "entries": [
            {key: entry.get(key) for key in ("id", "status", "method", "detail")}
            for entry in result["entries"]
        ],
        "credentials": {
            key: result.get("credentials", {}).get(key) for key in ("status", "method", "detail")
        },
    }
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
