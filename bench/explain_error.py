"""The row of "Explain this error": the click to the kernel's answer drawn, measured by
ui-tests/bench/explain-error.bench.ts (run with the other Galata benches, panel_time.measure)."""

from __future__ import annotations

import statistics

from rows import met

# The answer on an idle kernel within a second of the click.
ANSWER_TARGET_MS = 1000


def rows(result: dict | None, notes: list[str]) -> list[tuple]:
    """One row from the bench's `explain_error` entry, or none when it did not run."""
    if not result:
        return []
    samples = result["answer_ms"]
    failures = result["failures"]
    failed = f" Failed runs: {'; '.join(failures)}." if failures else ""
    notes.append(
        f"Explain this error: Galata (`ui-tests/bench/explain-error.bench.ts`), one notebook whose "
        "cell meets a real wall (sysfs refuses a new file), its kernel idle; the button clicked "
        f"{result['runs']} times, the Explain section closed before each. Timed in the page "
        "(`performance.now`) from the click to the first animation frame after the kernel's "
        "side of the answer shows its identity line (`As uid …`): the request for the "
        "explainer's code, the silent execute in the kernel and the check of its answer against "
        f"the explanation's schema.{failed}"
    )
    if not samples:
        return [
            ("Explain this error: click → kernel answer", "no run answered", "≤ 1 s", met(False))
        ]
    return [
        (
            f"Explain this error: click → kernel answer drawn (n={len(samples)})",
            f"median {statistics.median(samples):.0f} ms · max {max(samples):.0f} ms",
            f"≤ {ANSWER_TARGET_MS / 1000:.0f} s (slowest run)",
            met(not failures and max(samples) <= ANSWER_TARGET_MS),
        )
    ]
