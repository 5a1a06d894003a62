"""Golden reports of the Studio-like sandbox: the CLI's --json in each configuration, compared
with the committed golden/<case>.json after normalizing what belongs to this machine rather
than to the sandbox (the collection time, the host's root file system, the presence of sudo).

Regenerate with `make goldens` (as root) and review the diff like code.
"""

import json
import os
import re

import pytest
from contract import assert_valid
from test_sandbox import package_dir, run_in_sandbox  # noqa: F401 - the fixture is used

from jupyterlab_isolation_info.collector import limits, summary, volumes
from jupyterlab_isolation_info.tests.golden import GENERATED_AT, serialize

GOLDEN = os.path.join(os.path.dirname(__file__), "golden")
HOST_FILE_SYSTEM = "(the host's root file system)"

CASES = {
    "studio-default": [],
    "studio-as-root": ["--as-root"],
    "studio-blackhole-imds": ["--imds", "blackhole"],
    "studio-unmapped-home": ["--home-host-owner", "4242:4242"],
    "studio-writable-metadata": ["--metadata-writable"],
    "not-in-studio": ["--no-metadata", "--imds", "none"],
    "extra-capability": ["--keep-cap", "CAP_SYS_ADMIN"],
}


VOLUME_FINDINGS = ("volume-nearly-full", "volume-full")
HOST_FIGURES = "How full it is belongs to the machine that ran the sandbox, not to the golden."
LIMIT_FINDINGS = ("oom-kills", "memory-near-limit", "cpu-count-above-quota", "pids-near-max")


def normalized(report: dict) -> dict:
    """The report with this machine's own facts replaced by stable words."""
    report = json.loads(json.dumps(report))
    report["generated_at"] = GENERATED_AT
    root = next((s for s in report["storage"] if s["path"] == "/"), None)
    host = (root["filesystem"], root["mount_source"]) if root else None
    for entry in [*report["storage"], report["home"], *report["mounts"], *report["volumes"]]:
        if (entry.get("filesystem"), entry.get("mount_source")) == host:
            entry["filesystem"] = entry["mount_source"] = HOST_FILE_SYSTEM
    # Whether the host has sudo installed is not the sandbox's doing: unknown to the golden.
    if report["run_as"]["uid"] != 0:
        report["run_as"]["sudo"] = "unknown"
        report["run_as"]["sudo_detail"] = None
    for endpoint in [*report["endpoints"], report["credentials"]]:
        endpoint["detail"] = endpoint["detail"].split(" (source address")[0]
    # The security label, seccomp filters and cgroup mount are the host's, which the sandbox
    # inherits: unknown to the golden.
    walls = report["walls"]
    walls["security_label"] = {"label": None, "kind": None, "mode": None}
    walls["seccomp_filters"] = walls["cgroup_read_only"] = None
    # So are its cgroups and their limits (the sandbox makes none): unknown to the golden.
    report["limits"] = limits.empty_section()
    # How full the host's disks and memory are: unknown to the golden (the roles, file systems
    # and what a restart keeps stay); the sandbox's own temporary directory is named once.
    for volume in report["volumes"]:
        volume.update({field: None for field in volumes.FIGURES})
        volume["error"] = HOST_FIGURES
        if volume["filesystem"] == HOST_FILE_SYSTEM:  # its kind is the host's too
            volume["kept_on_restart"] = None
            volume["kept_on_restart_reason"] = HOST_FILE_SYSTEM
        volume["kept_on_restart_reason"] = re.sub(
            r"/tmp/studio-sandbox\.[^/]+",
            "/tmp/studio-sandbox.XXXXXX",
            volume["kept_on_restart_reason"],
        )
    report["findings"] = [
        f
        for f in report["findings"]
        if f["id"] not in ("no-security-profile", *LIMIT_FINDINGS, *VOLUME_FINDINGS)
    ]
    # Judged again from the normalized facts, as the collector judges them.
    report.update(summary.judge(report))
    return report


def golden_path(case: str) -> str:
    return os.path.join(GOLDEN, f"{case}.json")


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_sandbox_report_is_the_golden_one(package_dir, case):  # noqa: F811
    report, _ = run_in_sandbox(package_dir, *CASES[case])
    text = serialize(normalized(assert_valid(report)))
    if os.environ.get("ISOLATION_INFO_UPDATE_GOLDENS") == "1":
        with open(golden_path(case), "w", encoding="utf-8") as golden:
            golden.write(text)
    with open(golden_path(case), encoding="utf-8") as golden:
        assert text == golden.read(), f"{case}: run `make goldens` and review the diff"
