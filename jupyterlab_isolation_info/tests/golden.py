"""Golden reports: each fixture case's captured files in, its committed report.json out.

    python -m jupyterlab_isolation_info.tests.golden          # check (what pytest does)
    python -m jupyterlab_isolation_info.tests.golden --update # rewrite report.json files

A case directory holds verbatim kernel text (status, uid_map, gid_map, mountinfo,
sys/kernel/cap_last_cap), the passwd and group files, `stat` (lines of
`stat -c '%n|%u|%g|%f'` for the paths the report stats), the app metadata under root/ where
the case has one, and kernels.json with <pid>/ folders for a server's kernels. No sudo is run
and no route is looked up, so the report depends on these files alone; review the diff of
report.json like code.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

from jupyterlab_isolation_info.collector.read import Roots
from jupyterlab_isolation_info.collector.report import DEFAULT_METADATA_PATH, build_report

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA = Path(__file__).parents[1] / "report.schema.json"
GENERATED_AT = "2026-01-01T00:00:00Z"


def cases() -> list[str]:
    return sorted(p.parent.name for p in FIXTURES.glob("*/status"))


def build_golden(case: str, fixtures: Path = FIXTURES) -> dict:
    """The report of a case; ``fixtures`` holds the case directory (a test's altered copy)."""
    directory = fixtures / case
    kernels_file = directory / "kernels.json"
    return build_report(
        metadata_path=DEFAULT_METADATA_PATH,
        roots=Roots(
            proc=str(directory),
            process=str(directory),
            passwd=str(directory / "passwd"),
            group=str(directory / "group"),
            fs=str(directory / "root"),
            stat_snapshot=str(directory / "stat"),
            environ={},
        ),
        check_sudo=False,
        check_endpoints=False,
        generated_at=GENERATED_AT,
        # A server's running kernels; a local one's /proc/<pid> files lie in <case>/<pid>/.
        kernels=json.loads(kernels_file.read_text()) if kernels_file.exists() else None,
    )


def serialize(report: dict) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def golden_path(case: str) -> Path:
    return FIXTURES / case / "report.json"


def with_sections(report: dict, **sections) -> dict:
    """A copy of report with some keys of some sections replaced (a list is replaced whole):
    the edge case a test needs, written as the change alone."""
    report = copy.deepcopy(report)
    for name, change in sections.items():
        if isinstance(change, dict):
            report[name].update(change)
        else:
            report[name] = change
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the report.json files")
    args = parser.parse_args(argv)
    stale = []
    for case in cases():
        text = serialize(build_golden(case))
        path = golden_path(case)
        if args.update:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(FIXTURES.parent)}")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(case)
    for case in stale:
        print(f"{case}: report.json differs from what the collector builds (run with --update)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
