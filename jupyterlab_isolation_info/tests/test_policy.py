"""The Pod Security Standards as run: each control from the report's sections, the level over
what was measured, the finding below Baseline, and `--fail-on baseline|restricted` in real
processes whose capabilities, no_new_privs and seccomp mode setpriv and a seccomp filter set."""

import functools
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from as_other_user import world_readable_copy
from contract import assert_valid
from golden import build_golden

from jupyterlab_isolation_info.cli import exit_status, main
from jupyterlab_isolation_info.collector import policy
from jupyterlab_isolation_info.collector.findings import derive_findings
from jupyterlab_isolation_info.collector.parse import (
    CAPABILITY_NAMES,
    DOCKER_DEFAULT_CAPABILITIES,
    beyond_docker_default,
)


@functools.cache
def readable_package() -> Path:
    """uid 65534 cannot read a checkout under /root: it runs a world-readable copy."""
    return world_readable_copy()


LABEL_NONE = {"label": None, "kind": None, "mode": None}


def sections(
    bounding=(),
    seccomp="filter",
    no_new_privs=True,
    uid=1000,
    label=None,
    capabilities_error=None,
):
    return {
        "capabilities": {
            "bounding": list(bounding),
            "beyond_docker_default": beyond_docker_default(list(bounding)),
            "seccomp": seccomp,
            "no_new_privs": no_new_privs,
            "error": capabilities_error,
        },
        "run_as": {"uid": uid},
        "walls": {"security_label": label or LABEL_NONE},
    }


def control(section, control_id):
    return next(c for c in section["controls"] if c["id"] == control_id)


def test_a_process_with_every_measurable_restricted_control_met_is_restricted():
    section = policy.policy_section(sections())
    assert section["level"] == "restricted"
    assert section["counts"] == {"met": 7, "not_met": 0, "unmeasured": 8, "unknown": 0}
    assert section["level_text"].startswith(
        "Restricted, over the 7 controls measured; 8 could not be measured from inside."
    )
    assert control(section, "host-namespaces")["status"] == "unmeasured"
    assert control(section, "volume-types")["level"] == "restricted"


def test_docker_defaults_are_baseline_not_restricted_and_name_net_raw():
    section = policy.policy_section(sections(bounding=sorted(DOCKER_DEFAULT_CAPABILITIES)))
    assert section["level"] == "baseline"
    baseline = control(section, "capabilities-baseline")
    assert baseline["status"] == "met"
    assert "CAP_NET_RAW is in containerd's and Docker's default set" in baseline["detail"]
    restricted = control(section, "capabilities-restricted")
    assert restricted["status"] == "not_met"
    assert "CAP_NET_RAW" in restricted["measured"]
    assert "Restricted is not met: capabilities-restricted." in section["level_text"]


def test_only_net_bind_service_is_restricted():
    section = policy.policy_section(sections(bounding=["CAP_NET_BIND_SERVICE"]))
    assert control(section, "capabilities-restricted")["status"] == "met"
    assert section["level"] == "restricted"


def test_the_bounding_set_counts_not_the_effective_set():
    # A non-root user's effective set is empty whatever was added; the bounding set is not.
    report = sections(bounding=["CAP_SYS_ADMIN"])
    report["capabilities"]["effective"] = []
    section = policy.policy_section(report)
    assert control(section, "capabilities-baseline")["status"] == "not_met"
    assert control(section, "capabilities-baseline")["measured"] == (
        "bounding set beyond it: CAP_SYS_ADMIN"
    )
    assert section["level"] == "privileged"


@pytest.mark.parametrize(
    ("seccomp", "baseline", "restricted"),
    [("disabled", "not_met", "not_met"), ("strict", "met", "not_met"), ("filter", "met", "met")],
)
def test_seccomp_modes(seccomp, baseline, restricted):
    section = policy.policy_section(sections(seccomp=seccomp))
    assert control(section, "seccomp-baseline")["status"] == baseline
    assert control(section, "seccomp-restricted")["status"] == restricted
    assert control(section, "seccomp-baseline")["measured"] == f"seccomp mode {seccomp}"


def test_every_capability_and_no_seccomp_filter_is_a_privileged_container():
    section = policy.policy_section(sections(bounding=CAPABILITY_NAMES, seccomp="disabled"))
    assert control(section, "privileged")["status"] == "not_met"
    with_filter = policy.policy_section(sections(bounding=CAPABILITY_NAMES))
    assert control(with_filter, "privileged")["status"] == "met"
    # An older kernel's full set ends earlier (5.4: at CAP_AUDIT_READ); a newer one's later.
    older = policy.policy_section(sections(bounding=CAPABILITY_NAMES[:38], seccomp="disabled"))
    assert control(older, "privileged")["status"] == "not_met"
    newer = [*CAPABILITY_NAMES, "CAP_41"]
    assert (
        control(policy.policy_section(sections(bounding=newer, seccomp="disabled")), "privileged")[
            "status"
        ]
        == "not_met"
    )
    # One missing in the middle (this machine's CAP_SYS_RESOURCE) is not the full set.
    gap = [c for c in CAPABILITY_NAMES if c != "CAP_SYS_RESOURCE"]
    assert (
        control(policy.policy_section(sections(bounding=gap, seccomp="disabled")), "privileged")[
            "status"
        ]
        == "met"
    )


@pytest.mark.parametrize(
    ("label", "apparmor", "selinux"),
    [
        ({"label": "unconfined", "kind": "apparmor", "mode": None}, "not_met", "met"),
        ({"label": "docker-default", "kind": "apparmor", "mode": "enforce"}, "met", "met"),
        ({"label": "system_u:system_r:container_t:s0:c1,c2", "kind": "selinux"}, "met", "met"),
        ({"label": "system_u:system_r:spc_t:s0", "kind": "selinux"}, "met", "not_met"),
        (LABEL_NONE, "unmeasured", "unmeasured"),
    ],
)
def test_apparmor_only_where_it_exists_and_the_selinux_type(label, apparmor, selinux):
    section = policy.policy_section(sections(label={"mode": None, **label}))
    assert control(section, "apparmor")["status"] == apparmor
    assert control(section, "selinux")["status"] == selinux


def test_root_is_not_restricted_even_when_remapped():
    section = policy.policy_section(sections(uid=0))
    non_root = control(section, "running-as-non-root")
    assert (non_root["status"], non_root["measured"]) == ("not_met", "uid 0")
    assert section["level"] == "baseline"


def test_privilege_escalation_is_no_new_privs():
    section = policy.policy_section(sections(no_new_privs=False))
    assert control(section, "privilege-escalation")["measured"] == "NoNewPrivs 0"
    assert section["level"] == "baseline"


def test_unreadable_capabilities_leave_the_level_unknown_never_good_news():
    section = policy.policy_section(
        sections(seccomp=None, no_new_privs=None, capabilities_error="status: permission denied")
    )
    assert section["level"] is None
    assert section["counts"]["unknown"] == 6
    assert section["level_text"].startswith("Unknown, over the")
    assert "permission denied" in control(section, "capabilities-baseline")["detail"]


def test_an_unknown_restricted_control_caps_the_level_at_baseline():
    section = policy.policy_section(sections(no_new_privs=None))
    assert section["level"] == "baseline"
    assert (
        "Restricted could not be decided: privilege-escalation unknown." in (section["level_text"])
    )


def findings_of(report):
    report["policy"] = policy.policy_section(report)
    return {f["id"]: f for f in derive_findings(report)}


def test_below_baseline_is_said_once_by_the_findings_that_say_why():
    # A capability beyond the defaults and no seccomp filter: their own findings say it.
    report = sections(bounding=["CAP_SYS_ADMIN"], seccomp="disabled")
    found = findings_of(report)
    assert report["policy"]["level"] == "privileged"
    assert {"caps-beyond-docker-default", "seccomp-disabled"} <= set(found)
    assert "pod-security-below-baseline" not in found
    # An unconfined AppArmor profile: no-security-profile says it.
    unconfined = {"label": "unconfined", "kind": "apparmor", "mode": None}
    found = findings_of(sections(label=unconfined))
    assert "no-security-profile" in found
    assert "pod-security-below-baseline" not in found


def test_below_baseline_is_a_finding_when_no_other_says_why():
    spc = {"label": "system_u:system_r:spc_t:s0", "kind": "selinux", "mode": None}
    report = sections(label=spc, seccomp="disabled")
    found = findings_of(report)
    below = found["pod-security-below-baseline"]
    assert below["severity"] == "warning"
    assert "SELinux (SELinux type spc_t)" in below["detail"]
    assert "Seccomp (seccomp mode disabled)" in below["detail"]  # every failed control named
    assert "pod-security-below-baseline" not in findings_of(
        sections(
            bounding=sorted(DOCKER_DEFAULT_CAPABILITIES), label=spc | {"label": "x:y:container_t"}
        )
    )


@pytest.mark.parametrize(
    ("case", "level"),
    [
        ("docker-root-seccomp", "baseline"),  # Docker's defaults, a filter: root stops Restricted
        ("host-root", "privileged"),
        ("studio-sagemaker-user", "privileged"),  # Studio runs without a seccomp filter
    ],
)
def test_the_golden_reports_levels(case, level):
    report = assert_valid(build_golden(case))
    assert report["policy"]["level"] == level


def test_an_empty_section_follows_the_schema():
    report = build_golden("studio-sagemaker-user")
    report["policy"] = policy.empty_section()
    assert_valid(report)


# --- `--fail-on` a level, in real processes ---------------------------------------------------


def run_restricted_cli(fail_on: str, bounding: str):
    """The CLI as uid 65534 with no_new_privs, the given bounding set and a seccomp filter."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.fail("needs root and setpriv (util-linux) to drop capabilities; CI runs as root")
    return subprocess.run(
        [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--no-new-privs",
            "--inh-caps=-all",
            f"--bounding-set={bounding}",
            "/usr/bin/python3",
            str(readable_package() / "jupyterlab_isolation_info/tests/seccomp_allow_all.py"),
            "/usr/bin/python3",
            "-m",
            "jupyterlab_isolation_info",
            "--json",
            "--fail-on",
            fail_on,
            "--metadata-path",
            "/nonexistent/resource-metadata.json",
        ],
        env={"PYTHONPATH": str(readable_package()), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.root
def test_fail_on_restricted_passes_where_every_measurable_control_is_met():
    completed = run_restricted_cli("restricted", "-all")
    report = assert_valid(json.loads(completed.stdout))
    assert report["capabilities"]["bounding"] == []
    assert (report["capabilities"]["seccomp"], report["capabilities"]["no_new_privs"]) == (
        "filter",
        True,
    )
    assert report["policy"]["level"] == "restricted", report["policy"]["level_text"]
    assert completed.returncode == 0, completed.stderr


@pytest.mark.root
def test_fail_on_restricted_fails_when_a_capability_outside_it_is_kept():
    completed = run_restricted_cli("restricted", "-all,+sys_admin")
    report = json.loads(completed.stdout)
    assert report["capabilities"]["bounding"] == ["CAP_SYS_ADMIN"]
    assert report["policy"]["level"] == "privileged"
    assert completed.returncode == 1
    assert run_restricted_cli("baseline", "-all,+sys_admin").returncode == 1


@pytest.mark.root
def test_fail_on_baseline_passes_with_a_capability_baseline_allows():
    completed = run_restricted_cli("baseline", "-all,+chown")
    assert json.loads(completed.stdout)["policy"]["level"] == "baseline"
    assert completed.returncode == 0, completed.stderr
    assert run_restricted_cli("restricted", "-all,+chown").returncode == 1


@pytest.mark.parametrize(
    ("fail_on", "level", "status"),
    [
        ("baseline", "baseline", 0),
        ("baseline", "restricted", 0),
        ("baseline", "privileged", 1),
        ("baseline", None, 1),  # unknown is never good news
        ("restricted", "restricted", 0),
        ("restricted", "baseline", 1),
        ("restricted", None, 1),
    ],
)
def test_exit_status_of_a_level(fail_on, level, status):
    assert exit_status([], fail_on, {"level": level}) == status
    # The level alone decides: a critical finding does not fail --fail-on baseline.
    critical = [{"id": "root-not-remapped", "severity": "critical"}]
    assert exit_status(critical, fail_on, {"level": "restricted"}) == 0


def test_fail_on_privileged_is_a_usage_error():
    assert main(["--fail-on", "privileged"]) == 2
