"""The table's cells, for every section: times, percentiles, verdicts, and targets stated as a
ratio against a reference measured in the same run.

A ratio holds where an absolute figure does not: on a slower or busier machine the reference
(the raw system calls, `/api/status` of the same server, jupyter-resource-usage's endpoint)
slows down too. The absolute figure stays in the result cell beside it.
"""

from __future__ import annotations

from jserver import percentile

# `/api/status` of a server while it is busy (hanging probes, stalled mounts, bursts of
# scrapes), against the same server idle: 20x is the old 50 ms where an idle p99 is 2.5 ms.
STATUS_P99_RATIO = 20.0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def p50_p99(samples: list[float]) -> str:
    return f"p50 {ms(percentile(samples, 0.5))} · p99 {ms(percentile(samples, 0.99))}"


def met(ok: bool) -> str:
    return "✅ met" if ok else "❌ missed"


def against(
    measurement: str,
    result: str,
    value: float,
    reference: float,
    limit: float,
    reference_name: str,
    statistic: str = "p50",
) -> tuple[str, str, str, str]:
    """A row whose target is `value / reference <= limit`; the ratio joins the result."""
    ratio = value / reference
    return (
        measurement,
        f"{result} ({ratio:.2f}x {reference_name})",
        f"{statistic} ≤ {limit:g}x {reference_name}",
        met(ratio <= limit),
    )


def status_while_busy(label: str, during: dict, idle_p99: float) -> tuple[str, str, str, str]:
    """`/api/status` (or another quick route) while the server is busy, against it idle."""
    return against(
        f"{label} (n={during['n']})",
        f"p50 {ms(during['p50'])} · p99 {ms(during['p99'])}",
        during["p99"],
        idle_p99,
        STATUS_P99_RATIO,
        "idle `/api/status` p99",
        statistic="p99",
    )


def summary(samples: list[float]) -> dict:
    return {
        "n": len(samples),
        "p50": percentile(samples, 0.50),
        "p99": percentile(samples, 0.99),
        "max": max(samples),
    }


def print_section(section) -> None:
    """One benchmark alone (`python bench/<name>.py`): its rows, then its notes."""
    notes: list[str] = []
    for row in section(notes):
        print(" | ".join(row))
    print("\n".join(notes))
