"""Event-loop responsiveness while a stalled mount is explained; run only inside a new mount
namespace (run.py starts it with `unshare --mount`), so the mount it makes is seen by nothing
else and goes away with it.

The stalled mount is a FUSE file system whose daemon never answers (the tests' stalled_fuse.py:
every call there waits, as on a hard NFS mount whose server is gone). No packet is sent anywhere.

A `jupyter server` with the extension serves a root directory holding that mount;
`GET isolation-info/explain?path=stalled/notebook.ipynb` is asked several times while
`/api/status` is requested every 10 ms.

Then, on the same server, each time on a fresh dead mount (the previous one's connection aborted,
so the server has no stuck call there to remember):

- a stalled path THROUGH A LINK (`to_stall -> efs`, `data -> <root>/efs/data`), answered after
  one guard;
- eight explanations at once, each on a dead mount of its own through a link (`via0/x` …
  `via7/x`), while `/api/status` and the cached `/isolation-info/report` are requested every
  10 ms and `explain?path=local.txt` is asked again and again beside them.

Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from jserver import Client, JupyterServer, status_samples, while_in_flight
from rows import summary

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "jupyterlab_isolation_info/tests"))
from stalled_fuse import (  # the tests' helper: one source for both
    ensure_private_mount_namespace,
    mount_stalled,
    release,
)

EXPLAIN_RUNS = 5
IDLE_REQUESTS = 200
STATUS_INTERVAL = 0.010
STALLED = "stalled"
PATH = f"{STALLED}/notebook.ipynb"
# Outages, each a fresh dead mount: the stalled path through a link, and the rounds of eight.
LINK_RUNS = 6
EIGHT = 8
EIGHT_ROUNDS = 4


def sentence_of(body: bytes) -> str:
    answer = json.loads(body)
    return answer.get("message") or "; ".join(answer.get("errors") or [])


def through_a_link(server: JupyterServer, root: Path) -> list[dict]:
    """A stalled path asked for through a link inside the root, each time a new outage."""
    point = root / "efs"
    point.mkdir()
    (root / "to_stall").symlink_to("efs")
    (root / "data").symlink_to(f"{root}/efs/data")
    client = server.client()
    runs = []
    try:
        for index in range(LINK_RUNS):
            path = "to_stall/notebook.ipynb" if index % 2 == 0 else "data/notebook.ipynb"
            device = mount_stalled(point)
            try:
                code, body, seconds = client.request("GET", f"/isolation-info/explain?path={path}")
            finally:
                release(point, device)
            runs.append(
                {"path": path, "code": code, "seconds": seconds, "sentence": sentence_of(body)}
            )
            time.sleep(0.1)  # the aborted calls come back; their workers are free again
    finally:
        client.close()
    return runs


ROUTES_DURING = (("status", "/api/status"), ("report", "/isolation-info/report"))


def one_round(server: JupyterServer, client: Client, result: dict) -> None:
    """Eight explanations asked at once, each on its own dead mount; the other routes timed
    meanwhile, a sample kept only when answered while all eight still waited (a local file's
    explanation: when asked while all eight still waited)."""
    answers: list[dict] = []

    def waiting() -> bool:
        return len(answers) < EIGHT

    def all_waiting() -> bool:
        return not answers

    def ask(index: int) -> None:
        own = server.client()
        try:
            code, body, seconds = own.request("GET", f"/isolation-info/explain?path=via{index}/x")
            answers.append({"code": code, "seconds": seconds, "sentence": sentence_of(body)})
        finally:
            own.close()

    def ask_local() -> None:
        own = server.client()
        try:
            while waiting():
                asked_while_all_waited = all_waiting()
                code, _, seconds = own.request("GET", "/isolation-info/explain?path=local.txt")
                assert code == 200, code
                if asked_while_all_waited:
                    result["local"].append(seconds)
                time.sleep(STATUS_INTERVAL)
        finally:
            own.close()

    threads = [threading.Thread(target=ask, args=(index,)) for index in range(EIGHT)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(0.05)  # each has reached the server
    local = threading.Thread(target=ask_local)
    local.start()
    deadline = time.monotonic() + 30  # bounded even if the answers never come
    while waiting() and time.monotonic() < deadline:
        for name, route in ROUTES_DURING:
            code, _, seconds = client.request("GET", route)
            assert code == 200, (route, code)
            if all_waiting():
                result[name].append(seconds)
        time.sleep(STATUS_INTERVAL)
    result["windows"].append(time.monotonic() - began)
    for thread in [*threads, local]:
        thread.join(5)
    if waiting():
        raise SystemExit("the eight explanations on dead mounts never all answered")
    result["eight"] += answers


def while_eight_wait(server: JupyterServer, root: Path) -> dict:
    """Rounds of eight explanations in flight, each on a dead mount of its own (a new outage
    every round), with the other routes timed meanwhile."""
    points = []
    for index in range(EIGHT):
        point = root / f"dead{index}"
        point.mkdir()
        (root / f"via{index}").symlink_to(f"dead{index}")
        points.append(point)
    (root / "local.txt").write_text("x")
    result: dict = {"status": [], "report": [], "local": [], "eight": [], "windows": []}
    client = server.client()
    code, _, _ = client.request("GET", "/isolation-info/report")  # cached from here on
    assert code == 200, code
    try:
        for _ in range(EIGHT_ROUNDS):
            devices = [mount_stalled(point) for point in points]
            try:
                one_round(server, client, result)
            finally:
                for point, device in zip(points, devices, strict=True):
                    release(point, device)
            time.sleep(0.1)  # the aborted calls come back; their workers are free again
    finally:
        client.close()
    return result


def main() -> None:
    ensure_private_mount_namespace(sys.argv[1] if len(sys.argv) > 1 else "")
    config = 'c.ServerApp.jpserver_extensions = {"jupyterlab_isolation_info": True}'
    result: dict = {"explain": [], "status_during": []}
    with JupyterServer(config) as server:
        point = Path(server._workdir.name, "root", STALLED)
        point.mkdir()
        status_client = server.client()
        result["status_idle"] = status_samples(status_client, IDLE_REQUESTS)
        device = mount_stalled(point)
        try:
            for _ in range(EXPLAIN_RUNS):
                outcome, during = while_in_flight(
                    server,
                    "GET",
                    f"/isolation-info/explain?path={PATH}",
                    status_client,
                    STATUS_INTERVAL,
                )
                result["status_during"] += during
                result["explain"].append(
                    {
                        "code": outcome["code"],
                        "seconds": outcome["seconds"],
                        "sentence": sentence_of(outcome["body"]),
                    }
                )
        finally:
            release(point, device)
        status_client.close()
        root = Path(server._workdir.name, "root")
        linked = through_a_link(server, root)
        eight = while_eight_wait(server, root)
    json.dump(
        {
            "explain": result["explain"],
            "through_link": linked,
            "eight": eight["eight"],
            "eight_windows": eight["windows"],
            "during_eight": {
                name: summary(eight[name]) for name in ("status", "report", "local") if eight[name]
            },
            "status_during": summary(result["status_during"]),
            "status_idle": summary(result["status_idle"]),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
