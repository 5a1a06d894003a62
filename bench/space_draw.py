"""The row of the Space section drawing a finished walk, measured by
ui-tests/bench/space-draw.bench.ts (run with the other Galata benches, panel_time.measure)."""

from __future__ import annotations

import statistics

from rows import met

# The figure: the panel draws the finished walk in 100 ms at most.
DRAW_TARGET_MS = 100


def rows(result: dict | None, notes: list[str]) -> list[tuple]:
    """One row from the bench's `space_draw` entry, or none when it did not run."""
    if not result or not result.get("draw_ms"):
        return []
    draw, command = result["draw_ms"], result["command_ms"]
    notes.append(
        f"Space: Galata (`ui-tests/bench/space-draw.bench.ts`), the panel open at Space, "
        f"{result['runs']} finished walks of other folders answered inside the page (the largest "
        "answer the walk's bounds allow: 20 folders, 20 files, 7 caches, 20 held deleted files "
        "of 8 holders, 50 unreadable, 50 not walked). *Drawn* = from the response's end (its "
        "resource timing) to the first animation frame after the answer shows: the schema "
        "check, React and layout; the command's own start to the same frame beside it."
    )
    return [
        (
            f"Space: a finished walk drawn (n={len(draw)})",
            f"median {statistics.median(draw):.0f} ms · max {max(draw):.0f} ms "
            f"(from the command: median {statistics.median(command):.0f} ms · "
            f"max {max(command):.0f} ms)",
            f"≤ {DRAW_TARGET_MS} ms (slowest run)",
            met(max(draw) <= DRAW_TARGET_MS),
        )
    ]
