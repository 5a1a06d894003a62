"""The space walk against `du -sx`: `collector.space.space(PATH)` (the whole answer: the walk,
the caches, the deleted files still held open) and the walk alone, each timed against
`du -sx --block-size=1` on the same tree of 100,020 entries (1,000 folders of 99 files of
various sizes in 20 parents, a few hard links and symbolic links), made in a temporary
directory and removed afterwards. Both run warm (the tree is in the page cache): one run of
each first, then RUNS alternating runs; the medians are compared. The totals must agree to the byte.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the package, installed or not

from rows import against, met, ms, print_section

from jupyterlab_isolation_info.collector import space

FOLDERS = 1000
FILES_PER_FOLDER = 99  # with the folders and their 20 parents: 100,020 entries
RUNS = 7
RATIO_TARGET = 1.5


def build(root: str) -> int:
    """The tree; returns how many entries it holds below root."""
    entries = 0
    for index in range(FOLDERS):
        folder = os.path.join(root, f"d{index // 50:02}", f"f{index:04}")
        os.makedirs(folder, exist_ok=True)
        for number in range(FILES_PER_FOLDER):
            path = os.path.join(folder, f"{number}.bin")
            if number == 0 and index:
                os.link(os.path.join(root, "d00", "f0000", "0.bin"), path)
            elif number == 1:
                os.symlink("0.bin", path)
            else:
                with open(path, "wb") as handle:
                    handle.write(b"s" * ((number * 997 + index) % 20000))
            entries += 1
        entries += 1
    return entries + FOLDERS // 50


def du(root: str) -> tuple[float, int]:
    began = time.perf_counter()
    done = subprocess.run(
        ["du", "-sx", "--block-size=1", root], capture_output=True, text=True, check=True
    )
    return time.perf_counter() - began, int(done.stdout.split()[0])


def whole(root: str) -> tuple[float, int]:
    began = time.perf_counter()
    answer = space.space(root, environ={"HOME": root})
    return time.perf_counter() - began, answer["total"]["bytes"]


def walk_only(root: str) -> tuple[float, int]:
    began = time.perf_counter()
    result = space.walk_tree(root)
    return time.perf_counter() - began, result.bytes


def measure() -> dict:
    root = tempfile.mkdtemp(prefix="bench-space-")
    try:
        entries = build(root)
        timings: dict[str, list[float]] = {"du": [], "space": [], "walk": []}
        totals: dict[str, set[int]] = {"du": set(), "space": set(), "walk": set()}
        runs = {"du": du, "space": whole, "walk": walk_only}
        for run in runs.values():
            run(root)  # warm
        for _ in range(RUNS):
            for name, run in runs.items():
                seconds, total = run(root)
                timings[name].append(seconds)
                totals[name].add(total)
        return {
            "entries": entries,
            "medians": {name: statistics.median(values) for name, values in timings.items()},
            "totals": totals,
        }
    finally:
        shutil.rmtree(root)


def section(notes: list[str]) -> list[tuple]:
    seen = measure()
    medians = seen["medians"]
    agree = len(set().union(*seen["totals"].values())) == 1
    rows = [
        (
            f"space walk: the reference, `du -sx` on {seen['entries']:,} entries",
            f"median {ms(medians['du'])}",
            "reference",
            "",
        )
    ]
    for name, label in (("space", "the whole answer"), ("walk", "the walk alone")):
        measurement, result, target, verdict = against(
            f"space walk: {label}, {seen['entries']:,} entries",
            f"median {ms(medians[name])}" + ("" if agree else "; totals differ"),
            medians[name],
            medians["du"],
            RATIO_TARGET,
            "`du -sx`",
            statistic="median",
        )
        # A walk that is quick but counts wrong has not met its target.
        rows.append(
            (measurement, result, f"{target}, totals equal", verdict if agree else met(False))
        )
    notes.append(
        f"space walk: `collector.space.space(root)` and `walk_tree(root)` against `du -sx "
        f"--block-size=1 root`, warm, median of {RUNS} alternating runs, one thread, on "
        f"{seen['entries']:,} entries (1,000 folders of 99 files, hard and symbolic links); "
        f"totals {'equal' if agree else 'DIFFER: ' + repr(seen['totals'])}. The whole answer "
        "also reads every process's descriptors for deleted files still held open."
    )
    return rows


if __name__ == "__main__":
    print_section(section)
