"""What the volumes section adds to `build_report()`: the report built with the section and
without it (its builder swapped for its empty shape, so its findings and tones go too), call by
call alternating which goes first, in one run: load on the machine falls on both alike. The
figure is the difference of the medians; the issue states it absolute (0.1 ms), the ratio of the
two stands beside it.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the package, installed or not

from rows import ms, print_section

from jupyterlab_isolation_info.collector import read, volumes
from jupyterlab_isolation_info.collector.report import build_report

METADATA = str(
    Path(__file__).resolve().parents[1]
    / "jupyterlab_isolation_info/tests/fixtures/studio-sagemaker-user/metadata.json"
)
ADDED_TARGET_MS = 0.1  # the figure, absolute: the section's own work, not the machine's
MIN_PAIRS = 300
MAX_PAIRS = 4000
MAX_SECONDS = 8.0


def _report() -> dict:
    return build_report(metadata_path=METADATA)


def measure() -> dict:
    """Seconds per `build_report()` (wall and the thread's CPU time) with the section and
    without, in alternating pairs."""
    section = volumes.volumes_section

    def without(*_args, **_kwargs) -> list[dict]:
        return volumes.empty_section()

    timings: dict[str, list[float]] = {"with": [], "without": []}
    cpu: dict[str, list[float]] = {"with": [], "without": []}
    builders = {"with": section, "without": without}
    try:
        for builder in builders.values():  # warm both (imports, page cache, pwd)
            volumes.volumes_section = builder
            _report()
        deadline = time.perf_counter() + MAX_SECONDS
        pairs = 0
        while pairs < MAX_PAIRS and (pairs < MIN_PAIRS or time.perf_counter() < deadline):
            order = ("with", "without") if pairs % 2 else ("without", "with")
            for name in order:
                volumes.volumes_section = builders[name]
                began, began_cpu = time.perf_counter(), time.thread_time()
                _report()
                cpu[name].append(time.thread_time() - began_cpu)
                timings[name].append(time.perf_counter() - began)
            pairs += 1
    finally:
        volumes.volumes_section = section
    rows = _report()["volumes"]
    return {
        "medians": {name: statistics.median(values) for name, values in timings.items()},
        "cpu": {name: statistics.median(values) for name, values in cpu.items()},
        "pairs": pairs,
        "volumes": len(rows),
        "guarded": sum(read.Reader().may_stall(v["mount_point"]) for v in rows),
    }


def section(notes: list[str]) -> list[tuple]:
    seen = measure()
    medians = seen["medians"]
    added = medians["with"] - medians["without"]
    added_cpu = seen["cpu"]["with"] - seen["cpu"]["without"]
    rows = [
        (
            "`build_report()` without the volumes section",
            f"p50 {ms(medians['without'])}",
            "reference",
            "",
        ),
        (
            f"Volumes section: added to `build_report()` p50 ({seen['volumes']} volumes)",
            f"{ms(added)} ({medians['with'] / medians['without']:.2f}x without; CPU time "
            f"{ms(added_cpu)})",
            f"≤ {ADDED_TARGET_MS:g} ms added",
            "✅ met" if added * 1000 <= ADDED_TARGET_MS else "❌ missed",
        ),
    ]
    notes.append(
        f"Volumes: `build_report()` in process with the volumes section and with its builder "
        f"swapped for the empty section, alternating, {seen['pairs']:,} pairs; p50 of each, "
        "the difference is the section's cost (the CPU time of the thread beside it: what a busy "
        f"machine's waits do not inflate). This machine's volumes: {seen['volumes']} "
        f"({seen['guarded']} on a file system that may stall, each statvfs of those under "
        "the guard). Absolute on purpose: the issue's figure."
    )
    return rows


if __name__ == "__main__":
    print_section(section)
