"""A 50,000-key metadata file (about 1 MB): what a cached report costs the event loop.

The server serializes a report once per collection, so a cached GET only copies bytes; this
measures that, and `/api/status` while 300 GETs of the report arrive at once.
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from jserver import JupyterServer, percentile, status_samples, timed_gets
from rows import against, p50_p99, status_while_busy, summary

KEYS = 50_000
SEQUENTIAL = 300
CONCURRENT = 300
BURSTS = 3
IDLE_REQUESTS = 200
# A cached GET copies the serialized report: p50 against `/api/status` of the same server
# (was 2 ms where that answers in about 0.5 ms).
CACHED_RATIO_TARGET = 4.0


def metadata_file(directory: Path) -> Path:
    path = directory / "resource-metadata.json"
    value = {f"k{index:05d}": f"val{index:05d}" for index in range(KEYS)}
    path.write_text(json.dumps(value, separators=(",", ":")))
    return path


def section(notes: list[str]) -> list[tuple]:
    with tempfile.TemporaryDirectory(prefix="isolation-bench-meta-") as directory:
        path = metadata_file(Path(directory))
        size = path.stat().st_size
        config = "\n".join(
            [
                'c.ServerApp.jpserver_extensions = {"jupyterlab_isolation_info": True}',
                f"c.IsolationInfo.metadata_path = {str(path)!r}",
                "c.IsolationInfo.cache_ttl = 3600.0",  # every GET below is a cached one
            ]
        )
        with JupyterServer(config) as server:
            client = server.client()
            try:
                report = client.get_json("/isolation-info/report")
                if len(report["metadata"]["fields"] or {}) != KEYS:
                    raise RuntimeError(f"metadata not read: {report['metadata']['error']}")
                idle = status_samples(client, IDLE_REQUESTS)
                cached = timed_gets(client, "/isolation-info/report", SEQUENTIAL)
            finally:
                client.close()
            during, report_statuses = _burst(server)
    notes.append(
        f"Huge metadata: {KEYS:,} keys, {size / 1e6:.2f} MB; cached GETs on one keep-alive "
        f"connection; then {BURSTS} bursts of {CONCURRENT} concurrent GETs (one connection "
        f"each) while one client polls `/api/status` ({len(during)} samples); every "
        f"burst GET answered {sorted(set(report_statuses))}."
    )
    return [
        against(
            f"{KEYS:,}-key metadata: report, cached GET",
            p50_p99(cached),
            percentile(cached, 0.5),
            percentile(idle, 0.5),
            CACHED_RATIO_TARGET,
            "`/api/status`",
        ),
        status_while_busy(
            f"{KEYS:,}-key metadata: `/api/status` during {CONCURRENT} concurrent GETs",
            summary(during),
            percentile(idle, 0.99),
        ),
        ("`/api/status` idle, same server", p50_p99(idle), "reference", ""),
    ]


def _burst(server: JupyterServer) -> tuple[list[float], list[int]]:
    samples: list[float] = []
    report_statuses: list[int] = []
    stop = threading.Event()

    def poll_status():
        client = server.client()
        try:
            while not stop.is_set():
                _, _, seconds = client.request("GET", "/api/status")
                samples.append(seconds)
        finally:
            client.close()

    def one_get(_):
        client = server.client()
        try:
            return client.request("GET", "/isolation-info/report")[0]
        finally:
            client.close()

    poller = threading.Thread(target=poll_status, daemon=True)
    poller.start()
    try:
        with ThreadPoolExecutor(max_workers=CONCURRENT) as pool:
            for _ in range(BURSTS):
                report_statuses += list(pool.map(one_get, range(CONCURRENT)))
                time.sleep(0.2)
    finally:
        stop.set()
        poller.join(10)
    return samples, report_statuses
