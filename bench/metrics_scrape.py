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

from jserver import Client, JupyterServer, percentile, status_samples
from rows import against, met, ms, p50_p99, status_while_busy, summary

SCRAPES = 300
WARMUP = 20
BURST = 300
BURSTS = 5
IDLE_REQUESTS = 200
RATIO_TARGET = 1.2


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
            idle = status_samples(a, IDLE_REQUESTS)
            during = _bursts(ours)
            _, body, _ = a.request("GET", "/metrics")
            after = _timestamp(body)
        finally:
            a.close()
            b.close()
    ours_p50, theirs_p50 = (percentile(samples[k], 0.5) for k in ("ours", "theirs"))
    notes.append(
        f"Metrics: two `jupyter server`s started together, with and without this extension, "
        f"{SCRAPES} `/metrics` scrapes each after {WARMUP} discarded, alternating; then "
        f"{BURSTS} bursts of {BURST} concurrent scrapes (a connection each) while one connection "
        f"asks `/api/status` in a loop ({len(during)} answers); *idle* = {IDLE_REQUESTS} "
        "`/api/status` on the same server just before."
    )
    return [
        against(
            "`/metrics` with the isolation metrics",
            p50_p99(samples["ours"]),
            ours_p50,
            theirs_p50,
            RATIO_TARGET,
            "without",
        ),
        (
            "`/metrics` without them (extension disabled)",
            f"p50 {ms(theirs_p50)} · p99 {ms(percentile(samples['theirs'], 0.99))}",
            "reference",
            "",
        ),
        status_while_busy(
            f"`/api/status` during {BURST} concurrent scrapes",
            summary(during),
            percentile(idle, 0.99),
        ),
        ("`/api/status` idle, same server", p50_p99(idle), "reference", ""),
        (
            "Collections started by scrapes",
            "none (the report's time unchanged)" if before == after else "the report changed",
            "none",
            met(before == after),
        ),
    ]


def _bursts(server: JupyterServer) -> list[float]:
    samples: list[float] = []
    done = threading.Event()

    def ask_status() -> None:
        client = server.client()
        try:
            while not done.is_set():
                status, _, seconds = client.request("GET", "/api/status")
                if status == 200:
                    samples.append(seconds)
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
    return samples
