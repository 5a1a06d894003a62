"""The `..` chains: in-process timings and answer sizes of the server's explanation
(`explain_service.explain_in_root`, its JSON made as the route sends it) for hostile lookups
inside a root: an 8 KB request path of `e/../e/../…` and of `e/e/e/…` (`e -> .`), a link whose
target is a 4 KB chain of `sub/../`, and 40 such links in a row.

The directory is made in a temporary directory and removed afterwards. Nothing stalls here:
every call is made directly (a local file system), as the Reader's policy has it.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import time

from rows import met, print_section

from jupyterlab_isolation_info.explain_service import Explained, Refused, explain_in_root

RUNS = 20
REQUEST_BYTES = 8192
LINK_BYTES = 4000  # a link's target is at most PATH_MAX - 1 bytes
LINKS_IN_A_ROW = 40  # path_resolution(7): at most 40 links are followed in one lookup
UNIT = "sub/../"
BYTES_TARGET = 256 * 1024
# Time against a plain explanation in the same root (`d/target.txt`, the same run), median
# against median: the lookup stops after 4,096 steps, so a chain costs a bounded number of
# plain answers (was a 100 ms maximum where a plain one takes 0.4 ms).
PLAIN = "d/target.txt"
TIME_RATIO_TARGET = 250.0


def _chain(then: str) -> str:
    return UNIT * ((LINK_BYTES - len(then)) // len(UNIT)) + then


def build(root: str) -> dict[str, str]:
    """The directory d inside root, and the requests, by the row they go to."""
    d = os.path.join(root, "d")
    os.makedirs(os.path.join(d, "sub"))
    with open(os.path.join(d, "target.txt"), "w") as file:
        file.write("x")
    os.symlink(".", os.path.join(d, "e"))
    os.symlink(_chain("target.txt"), os.path.join(d, "chain"))
    for index in range(LINKS_IN_A_ROW):
        then = f"hop{index + 1}" if index + 1 < LINKS_IN_A_ROW else "target.txt"
        os.symlink(_chain(then), os.path.join(d, f"hop{index}"))
    return {
        f"{REQUEST_BYTES // 1024} KB request `d/e/../e/../…` (`e -> .`)": (
            "d/" + "e/../" * ((REQUEST_BYTES - 2) // 5)
        ),
        f"{REQUEST_BYTES // 1024} KB request `d/e/e/e/…/target.txt` (`e -> .`)": (
            "d/" + "e/" * ((REQUEST_BYTES - 12) // 2) + "target.txt"
        ),
        f"one link to a {LINK_BYTES:,}-byte `sub/../…/target.txt` chain": "d/chain",
        f"{LINKS_IN_A_ROW} such links in a row (`hop0` → … → `hop39` → `target.txt`)": "d/hop0",
    }


def answer_of(root: str, requested: str) -> tuple[int, bytes]:
    """(status, body) as the route would send them."""
    try:
        return 200, Explained.of(explain_in_root(root, requested, False)).json
    except Refused as refused:
        return 403, json.dumps({"message": str(refused)}).encode("utf-8")


def measure() -> list[dict]:
    """The plain explanation first (the reference), then each chain."""
    root = tempfile.mkdtemp(prefix="bench-dotdot-")
    try:
        cases = []
        for name, requested in {"plain": PLAIN, **build(root)}.items():
            answer_of(root, requested)  # warm
            seconds = []
            for _ in range(RUNS):
                began = time.perf_counter()
                code, body = answer_of(root, requested)
                seconds.append(time.perf_counter() - began)
            answer = json.loads(body)
            said = answer.get("message") or (
                (answer.get("stopped_at") or {}).get("reason")
                or "; ".join(answer.get("withheld", {}).get("reasons", [])[-1:])
            )
            cases.append(
                {
                    "name": name,
                    "request_bytes": len(requested.encode()),
                    "code": code,
                    "bytes": len(body),
                    "seconds": seconds,
                    "walk_steps_withheld": answer.get("withheld", {}).get("walk_steps"),
                    "said": said,
                }
            )
        return cases
    finally:
        shutil.rmtree(root)


def section(notes: list[str]) -> list[tuple]:
    plain, *chains = measure()
    reference = statistics.median(plain["seconds"])
    rows = [
        (
            f"`..` chains: the reference, a plain explanation of `{PLAIN}`",
            f"{plain['code']}, {plain['bytes'] / 1024:.1f} KiB; p50 {reference * 1000:.2f} ms",
            "reference",
            "",
        )
    ]
    for case in chains:
        p50, worst = statistics.median(case["seconds"]), max(case["seconds"])
        ratio = p50 / reference
        ok = case["bytes"] <= BYTES_TARGET and ratio <= TIME_RATIO_TARGET
        rows.append(
            (
                f"`..` chain: {case['name']}",
                f"{case['code']}, {case['bytes'] / 1024:.1f} KiB; p50 {p50 * 1000:.2f} ms · "
                f"max {worst * 1000:.2f} ms (p50 {ratio:.1f}x plain)",
                f"≤ {BYTES_TARGET // 1024} KiB and p50 ≤ {TIME_RATIO_TARGET:g}x plain",
                met(ok),
            )
        )
        notes.append(f"`..` chain, {case['name']}: {case['said']}")
    notes.append(
        "`..` chains: in process, `explain_service.explain_in_root(root, path)` and the JSON the "
        f"route sends (a refusal's `{{message}}` body for a 403), warm, {RUNS} runs each, on a "
        "local file system (no guard worker). The route itself refuses a request path longer "
        "than 4,096 bytes with a 400 before any of this; the 8 KB requests time what lies "
        "behind that check."
    )
    return rows


if __name__ == "__main__":
    print_section(section)
