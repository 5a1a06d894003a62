"""`/api/status` while the space route walks a tree of 100,020 entries (space_walk's), against
the same server's `/api/status` idle.

A walk runs on a thread of the server's own process (space_service's pool), so it competes with
the event loop for the GIL: what a person feels is how slow everything else answers meanwhile.
`/api/status` is asked in batches of BATCH while the walk runs; a batch counts only if the walk
was still running after it (the route's envelope says so), and the walk is started again
(`refresh=1`) until SAMPLES have been taken. Loopback only.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the package, installed or not

from jserver import JupyterServer, status_samples
from rows import STATUS_P99_RATIO, met, ms, print_section, summary
from space_walk import build

SAMPLES = 300
WARMUP = 20
BATCH = 10
DEADLINE = 120.0
# The absolute figure for `/api/status` p99 during a walk, beside the ratio.
STATUS_P99_TARGET_MS = 50.0
FOLDER = "walked"


def space_path(refresh: bool = False) -> str:
    return f"/isolation-info/space?path={quote(FOLDER)}" + ("&refresh=1" if refresh else "")


def measure() -> dict:
    config = 'c.ServerApp.jpserver_extensions = {"jupyterlab_isolation_info": True}\n'
    with JupyterServer(config) as server:
        entries = build(str(server.root_dir / FOLDER))
        client, walks = server.client(), server.client()
        try:
            status_samples(client, WARMUP)
            idle = status_samples(client, SAMPLES)
            during: list[float] = []
            started = 0
            seconds: list[float] = []
            deadline = time.monotonic() + DEADLINE
            envelope = walks.get_json(space_path(refresh=True))
            started += 1
            while len(during) < SAMPLES and time.monotonic() < deadline:
                batch = status_samples(client, BATCH)
                envelope = walks.get_json(space_path())
                if envelope["state"] == "running":
                    during += batch
                    continue
                answer = envelope["answer"]
                if answer["errors"] or answer["total"]["entries"] != entries:
                    raise RuntimeError(f"the walk did not walk the tree: {str(answer)[:300]}")
                seconds.append(envelope["progress"]["seconds"])
                envelope = walks.get_json(space_path(refresh=True))
                started += 1
        finally:
            client.close()
            walks.close()
    if len(during) < SAMPLES:
        raise RuntimeError(f"only {len(during)} samples during walks in {DEADLINE:g} s")
    return {
        "entries": entries,
        "idle": summary(idle),
        "during": summary(during[:SAMPLES]),
        "walks": started,
        "walk_seconds": seconds,
    }


def section(notes: list[str]) -> list[tuple]:
    seen = measure()
    idle, during = seen["idle"], seen["during"]
    ratio = during["p99"] / idle["p99"]
    absolute_ok = during["p99"] * 1000 <= STATUS_P99_TARGET_MS
    rows = [
        (
            f"space route: `/api/status` p99 during a walk of {seen['entries']:,} entries "
            f"(n={during['n']})",
            f"p50 {ms(during['p50'])} · p99 {ms(during['p99'])} "
            f"({ratio:.2f}x idle `/api/status` p99 {ms(idle['p99'])})",
            f"p99 ≤ {STATUS_P99_TARGET_MS:g} ms and ≤ {STATUS_P99_RATIO:g}x idle `/api/status` p99",
            met(absolute_ok and ratio <= STATUS_P99_RATIO),
        )
    ]
    finished = seen["walk_seconds"]
    walk_times = (
        "finished ones took " + ", ".join(f"{s:.2f}" for s in finished) + " s"
        if finished
        else "none finished while sampling"
    )
    notes.append(
        f"space route: `/api/status` asked in batches of {BATCH} on one keep-alive connection "
        f"while `GET /isolation-info/space` walked {seen['entries']:,} entries (space_walk's "
        f"tree) on the server's walk pool; a batch counted only if the walk still ran after "
        f"it; {seen['walks']} walk(s) started, {walk_times}. Idle: "
        f"{SAMPLES} requests on the same server before any walk."
    )
    return rows


if __name__ == "__main__":
    print_section(section)
