"""`/metrics` with the isolation metrics against the same scrape without them, and `/api/status`
while 300 scrapes arrive at once.

Two `jupyter server`s on 127.0.0.1 started together, one with this extension and one with it
disabled, scraped in alternation on one keep-alive connection each. Then bursts of 300
concurrent scrapes (one connection each) at the server with the extension, while another
connection asks `/api/status` over and over. The report's collection time, read from the
metrics before and after, shows whether any scrape collected.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from jserver import Client, JupyterServer, percentile

SCRAPES = 300
WARMUP = 20
BURST = 300
BURSTS = 5
RATIO_TARGET = 1.2
STATUS_P99_TARGET = 0.050


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def _timestamp(body: bytes) -> str:
    for line in body.decode().splitlines():
        if line.startswith("jupyter_isolation_report_timestamp_seconds "):
            return line.split()[1]
    raise RuntimeError("no jupyter_isolation_report_timestamp_seconds in /metrics")


def _wait_for_report(client: Client) -> bytes:
    for _ in range(200):
        status, body, _ = client.request("GET", "/metrics")
        if status == 200 and b"jupyter_isolation_report_available 1.0" in body:
            return body
        time.sleep(0.1)
    raise RuntimeError("the server never had a report for /metrics")


def section(notes: list[str]) -> list[tuple]:
    with_ours = JupyterServer("c.IsolationInfo.metrics_max_age = 3600.0\n")
    without = JupyterServer(
        'c.ServerApp.jpserver_extensions = {"jupyterlab_isolation_info": False}\n'
    )
    with with_ours as ours, without as theirs:
        a, b = ours.client(), theirs.client()
        try:
            before = _timestamp(_wait_for_report(a))
            status, body, _ = b.request("GET", "/metrics")
            if status != 200 or b"jupyter_isolation_" in body:
                raise RuntimeError("the server without the extension serves isolation metrics")
            samples: dict[str, list[float]] = {"ours": [], "theirs": []}
            for iteration in range(WARMUP + SCRAPES):
                pair = [("ours", a), ("theirs", b)]
                for name, client in pair if iteration % 2 else pair[::-1]:
                    status, _, seconds = client.request("GET", "/metrics")
                    if status != 200:
                        raise RuntimeError(f"/metrics answered {status}")
                    if iteration >= WARMUP:
                        samples[name].append(seconds)
            status_samples = _bursts(ours)
            _, body, _ = a.request("GET", "/metrics")
            after = _timestamp(body)
        finally:
            a.close()
            b.close()
    ours_p50, theirs_p50 = (percentile(samples[k], 0.5) for k in ("ours", "theirs"))
    status_p99 = percentile(status_samples, 0.99)
    notes.append(
        f"Metrics: two `jupyter server`s started together, with and without this extension, "
        f"{SCRAPES} `/metrics` scrapes each after {WARMUP} discarded, alternating; then "
        f"{BURSTS} bursts of {BURST} concurrent scrapes (a connection each) while one connection "
        f"asks `/api/status` in a loop ({len(status_samples)} answers)."
    )
    ratio = ours_p50 / theirs_p50
    return [
        (
            "`/metrics` with the isolation metrics",
            f"p50 {_ms(ours_p50)} · p99 {_ms(percentile(samples['ours'], 0.99))}",
            f"p50 ≤ {RATIO_TARGET:.1f}x without",
            "✅ met" if ratio <= RATIO_TARGET else "❌ missed",
        ),
        (
            "`/metrics` without them (extension disabled)",
            f"p50 {_ms(theirs_p50)} · p99 {_ms(percentile(samples['theirs'], 0.99))}",
            "reference",
            "",
        ),
        ("Ratio with / without (p50)", f"{ratio:.2f}x", f"≤ {RATIO_TARGET:.1f}x", ""),
        (
            f"`/api/status` during {BURST} concurrent scrapes",
            f"p50 {_ms(percentile(status_samples, 0.5))} · p99 {_ms(status_p99)}",
            f"p99 ≤ {_ms(STATUS_P99_TARGET)}",
            "✅ met" if status_p99 <= STATUS_P99_TARGET else "❌ missed",
        ),
        (
            "Collections started by scrapes",
            "none (the report's time unchanged)" if before == after else "the report changed",
            "none",
            "✅ met" if before == after else "❌ missed",
        ),
    ]


def _bursts(server: JupyterServer) -> list[float]:
    status_samples: list[float] = []
    done = threading.Event()

    def ask_status() -> None:
        client = server.client()
        try:
            while not done.is_set():
                status, _, seconds = client.request("GET", "/api/status")
                if status == 200:
                    status_samples.append(seconds)
        finally:
            client.close()

    def scrape() -> int:
        client = server.client()
        try:
            return client.request("GET", "/metrics")[0]
        finally:
            client.close()

    watcher = threading.Thread(target=ask_status)
    watcher.start()
    try:
        with ThreadPoolExecutor(max_workers=BURST) as pool:
            for _ in range(BURSTS):
                statuses = list(pool.map(lambda _: scrape(), range(BURST)))
                if any(s != 200 for s in statuses):
                    raise RuntimeError(f"scrapes answered {sorted(set(statuses))}")
    finally:
        done.set()
        watcher.join()
    return status_samples
