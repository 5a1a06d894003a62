"""Event-loop responsiveness while a stalled mount is explained; run only inside a new mount
namespace (run.py starts it with `unshare --mount`), so the mount it makes is seen by nothing
else and goes away with it.

The stalled mount is a FUSE file system whose daemon never answers (the tests' stalled_fuse.py:
every call there waits, as on a hard NFS mount whose server is gone). No packet is sent anywhere.

A `jupyter server` with the extension serves a root directory holding that mount;
`GET isolation-info/explain?path=stalled/notebook.ipynb` is asked several times while
`/api/status` is requested every 10 ms.

Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from jserver import JupyterServer, percentile

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


def main() -> None:
    ensure_private_mount_namespace(sys.argv[1] if len(sys.argv) > 1 else "")
    config = 'c.ServerApp.jpserver_extensions = {"jupyterlab_isolation_info": True}'
    result: dict = {"explain": [], "status_during": [], "status_idle": []}
    with JupyterServer(config) as server:
        point = Path(server._workdir.name, "root", STALLED)
        point.mkdir()
        status_client = server.client()
        for _ in range(IDLE_REQUESTS):
            code, _, seconds = status_client.request("GET", "/api/status")
            assert code == 200, code
            result["status_idle"].append(seconds)
        device = mount_stalled(point)
        try:
            for _ in range(EXPLAIN_RUNS):
                outcome: dict = {}

                def run_explain(outcome=outcome):
                    client = server.client()
                    try:
                        outcome["code"], outcome["body"], outcome["seconds"] = client.request(
                            "GET", f"/isolation-info/explain?path={PATH}"
                        )
                    finally:
                        client.close()

                worker = threading.Thread(target=run_explain)
                worker.start()
                deadline = time.monotonic() + 30  # bounded even if the answer never comes
                while worker.is_alive() and time.monotonic() < deadline:
                    code, _, seconds = status_client.request("GET", "/api/status")
                    assert code == 200, code
                    result["status_during"].append(seconds)
                    time.sleep(STATUS_INTERVAL)
                worker.join(5)
                if "code" not in outcome:
                    raise SystemExit("the explanation of the stalled path never answered")
                body = json.loads(outcome["body"])
                sentence = body.get("message") or "; ".join(body.get("errors") or [])
                result["explain"].append(
                    {"code": outcome["code"], "seconds": outcome["seconds"], "sentence": sentence}
                )
        finally:
            release(point, device)
        status_client.close()
    json.dump(
        {
            "explain": result["explain"],
            "status_during_n": len(result["status_during"]),
            "status_during_p50": percentile(result["status_during"], 0.50),
            "status_during_p99": percentile(result["status_during"], 0.99),
            "status_idle_p50": percentile(result["status_idle"], 0.50),
            "status_idle_p99": percentile(result["status_idle"], 0.99),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
