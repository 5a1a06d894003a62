"""Event-loop responsiveness while a stalled mount is explained; run only inside a new mount
namespace (run.py starts it with `unshare --mount`), so the mount it makes is seen by nothing
else and goes away with it.

The stalled mount is a FUSE file system whose daemon never answers: this script opens
/dev/fuse and mounts it itself (no FUSE library, no fusermount), then never reads the device.
Every call there (lstat, realpath, access) waits, as on a hard NFS mount whose server is gone,
until the device is closed, which aborts the connection: every waiting call then fails with
ENOTCONN and the mount is detached. No packet is sent anywhere.

A `jupyter server` with the extension serves a root directory holding that mount;
`GET isolation-info/explain?path=stalled/notebook.ipynb` is asked several times while
`/api/status` is requested every 10 ms.

Prints one JSON object on stdout.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import sys
import threading
import time
from pathlib import Path

from jserver import JupyterServer, percentile

EXPLAIN_RUNS = 5
IDLE_REQUESTS = 200
STATUS_INTERVAL = 0.010
MS_NOSUID, MS_NODEV = 2, 4
MNT_DETACH = 2
STALLED = "stalled"
PATH = f"{STALLED}/notebook.ipynb"


def ensure_private_mount_namespace() -> None:
    """Refuse to run in the caller's mount namespace (its link is the first argument): the
    mount must not be seen outside."""
    outer = sys.argv[1] if len(sys.argv) > 1 else ""
    if not outer or os.readlink("/proc/self/ns/mnt") == outer:
        raise SystemExit(
            "not in a private mount namespace: run it as `unshare --mount -- python "
            'stalled_explain.py "$(readlink /proc/self/ns/mnt)"`'
        )


def mount_stalled(point: Path) -> int:
    """A FUSE mount at point that never answers; the /dev/fuse descriptor that holds it."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = (
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_ulong,
        ctypes.c_char_p,
    )
    device = os.open("/dev/fuse", os.O_RDWR | os.O_CLOEXEC)
    options = f"fd={device},rootmode=40000,user_id={os.getuid()},group_id={os.getgid()}"
    if libc.mount(
        b"isolation-bench",
        os.fsencode(point),
        b"fuse",
        MS_NOSUID | MS_NODEV,
        options.encode(),
    ):
        error = ctypes.get_errno()
        os.close(device)
        raise SystemExit(f"mount of a FUSE file system failed: {os.strerror(error)}")
    # Verify it stalls, so the benchmark measures what it claims.
    done = threading.Event()

    def look():
        with contextlib.suppress(OSError):
            os.lstat(point)
        done.set()

    threading.Thread(target=look, daemon=True).start()
    if done.wait(0.3):
        release(point, device)
        raise SystemExit(f"{point} answered; the stalled mount does not stall")
    return device


def release(point: Path, device: int) -> None:
    """Close the device (the kernel aborts the connection: waiting calls fail) and detach."""
    os.close(device)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.umount2(os.fsencode(point), MNT_DETACH)


def main() -> None:
    ensure_private_mount_namespace()
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
