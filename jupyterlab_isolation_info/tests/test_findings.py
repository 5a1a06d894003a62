"""Findings are a pure function of the report: each rule on a small report built here."""

import pytest
from golden import with_sections

from jupyterlab_isolation_info.collector import probe
from jupyterlab_isolation_info.collector.findings import derive_findings

# A clean Studio JupyterLab report: sagemaker-user remapped, home on EFS, IMDS blocked.
STUDIO = {
    "run_as": {"user": "sagemaker-user", "uid": 1000, "gid": 100},
    "user_namespace": {"remapped": True, "host_uid": 200001, "host_gid": 200001},
    "home": {
        "path": "/home/sagemaker-user",
        "exists": True,
        "owner_uid": 1000,
        "mode": "0750",
        "owner_is_run_as": True,
        "owner_unmapped": False,
    },
    "metadata": {"path": "/opt/ml/x.json", "found": True, "read_only": True, "error": None},
    "endpoints": [
        {"id": "imds-ipv4", "name": "IMDS", "host": "169.254.169.254", "port": 80,
         "expected": "blocked", "status": "blocked", "detail": "prohibit"},
        {"id": "efs-10.0.45.67", "name": "EFS", "host": "10.0.45.67", "port": 2049,
         "expected": "blocked", "status": "blocked", "detail": "prohibit"},
    ],
    "capabilities": {"beyond_docker_default": [], "seccomp": "filter"},
}  # fmt: skip


def with_changes(**sections) -> dict:
    """STUDIO with some keys of some sections replaced (endpoints replaced whole)."""
    return with_sections(STUDIO, **sections)


def ids(findings: list[dict]) -> list[str]:
    return [finding["id"] for finding in findings]


def test_a_clean_studio_report_has_no_findings():
    assert derive_findings(STUDIO) == []


@pytest.mark.parametrize(
    ("changes", "finding_id", "severity"),
    [
        (
            {"run_as": {"uid": 0}, "user_namespace": {"remapped": False, "host_uid": 0}},
            "root-not-remapped",
            "critical",
        ),
        ({"user_namespace": {"remapped": False, "host_uid": 1000}}, "no-user-namespace", "warning"),
        ({"run_as": {"uid": 0}, "user_namespace": {"host_uid": 100000}}, "runs-as-root", "info"),
        (
            {"endpoints": [{"id": "imds-ipv4", "status": "reachable", "expected": "blocked"}]},
            "imds-reachable",
            "critical",
        ),
        (
            {"endpoints": [{"id": "imds-ipv6", "status": "routable", "expected": "blocked"}]},
            "imds-routable",
            "warning",
        ),
        (
            {"endpoints": [{"id": "efs-10.0.45.67", "status": "reachable", "expected": "blocked"}]},
            "efs-reachable",
            "warning",
        ),
        (
            {"endpoints": [{"id": "pypi", "status": "blocked", "expected": "reachable"}]},
            "endpoint-unexpected",
            "warning",
        ),
        (
            {"endpoints": [{"id": "internal-db", "status": "routable", "expected": "blocked"}]},
            "endpoint-routable",
            "warning",
        ),
        ({"metadata": {"read_only": False}}, "metadata-writable", "warning"),
        ({"metadata": {"error": "The metadata file is empty."}}, "metadata-unreadable", "warning"),
        (
            {"metadata": {"found": False, "read_only": None, "error": "No such file: x"}},
            "not-in-studio",
            "info",
        ),
        ({"home": {"owner_uid": 1001, "owner_is_run_as": False}}, "home-owner-mismatch", "warning"),
        (
            {"home": {"owner_uid": 65534, "owner_is_run_as": False, "owner_unmapped": True}},
            "home-owner-unmapped",
            "warning",
        ),
        ({"home": {"mode": "0755"}}, "home-world-readable", "warning"),
        ({"home": {"mode": "0701"}}, "home-world-readable", "warning"),  # any "other" bit
        (
            {"capabilities": {"beyond_docker_default": ["CAP_SYS_ADMIN"]}},
            "caps-beyond-docker-default",
            "warning",
        ),
        ({"capabilities": {"seccomp": "disabled"}}, "seccomp-disabled", "info"),
    ],
)
def test_each_rule_fires_alone(changes, finding_id, severity):
    findings = derive_findings(with_changes(**changes))
    assert ids(findings) == [finding_id]
    assert findings[0]["severity"] == severity
    detail = findings[0]["detail"]
    assert detail.endswith((".", ")")) or finding_id == "home-world-readable"
    assert 0 < detail.count(". ") + 1 <= 3  # one or two plain sentences (three with a command)


@pytest.mark.parametrize(
    ("expect_uid", "expect_gid", "fires"),
    [
        (1000, 100, False),
        (1000, None, False),
        (0, None, True),
        (None, 0, True),
        (None, None, False),
    ],
)
def test_run_as_unexpected_compares_with_the_expected_ids(expect_uid, expect_gid, fires):
    findings = derive_findings(STUDIO, expect_uid=expect_uid, expect_gid=expect_gid)
    assert ids(findings) == (["run-as-unexpected"] if fires else [])


@pytest.mark.parametrize(
    "changes",
    [
        # No passwd entry: no home is known, so nothing is claimed about it.
        {"home": {"path": None, "exists": None, "mode": None, "owner_is_run_as": None}},
        {"home": {"mode": None}},
        {"endpoints": [{"id": "imds-ipv4", "status": "unknown", "expected": "blocked"}]},
        {"user_namespace": {"remapped": None, "host_uid": None}},  # uid_map unreadable
        {"metadata": {"read_only": None}},
    ],
)
def test_unknown_values_raise_no_finding(changes):
    assert derive_findings(with_changes(**changes)) == []


def test_findings_come_most_severe_first():
    report = with_changes(
        capabilities={"seccomp": "disabled", "beyond_docker_default": ["CAP_BPF"]},
        run_as={"uid": 0},
        user_namespace={"remapped": False, "host_uid": 0},
    )
    assert [f["severity"] for f in derive_findings(report)] == ["critical", "warning", "info"]


def test_an_empty_or_partial_report_gives_findings_not_exceptions():
    assert derive_findings({}) == []
    assert derive_findings({"run_as": None, "endpoints": None}) == []


def test_ipv6_endpoints_are_written_with_brackets():
    """The address comes from the report, written once by the probe module."""
    [endpoint] = probe.check_endpoints(
        [{"id": "imds-ipv6", "name": "IMDS", "host": "fd00:ec2::254", "port": 80}]
    )
    assert endpoint["address"] == "[fd00:ec2::254]:80"
    endpoint["status"] = "routable"
    [finding] = derive_findings(with_changes(endpoints=[endpoint]))
    assert "IMDS ([fd00:ec2::254]:80)" in finding["detail"]


def test_a_local_kernel_running_as_host_root_is_critical():
    """Kernels are collected before findings, so the server's report can name this."""
    from golden import build_golden

    report = build_golden("studio-sagemaker-user")
    assert "kernel-host-root" not in {f["id"] for f in report["findings"]}  # remapped root
    kernel = report["kernels"][0]
    kernel.update(uid=0, host_uid=0)
    kernel["capabilities"]["beyond_docker_default"] = ["CAP_SYS_ADMIN"]
    findings = {f["id"]: f for f in derive_findings(report)}
    assert findings["kernel-host-root"]["severity"] == "critical"
    assert "python3 6f1e2d3c (pid 4242)" in findings["kernel-host-root"]["detail"]
    assert findings["kernel-caps-beyond-docker-default"]["severity"] == "warning"
    assert "CAP_SYS_ADMIN" in findings["kernel-caps-beyond-docker-default"]["detail"]


def test_a_remote_kernel_gives_no_kernel_finding():
    report = {"kernels": [{"id": "k", "name": "remote", "local": False, "error": "remote"}]}
    assert derive_findings(report) == []


@pytest.mark.parametrize(
    ("home", "finding", "severity"),
    [
        ({"exists": False, "error": "/home/u does not exist."}, "home-missing", "warning"),
        (
            {"exists": None, "error": "Permission denied: /home/u cannot be looked at."},
            "home-unknown",
            "warning",
        ),
        ({"mode": "0777"}, "home-world-writable", "critical"),
        ({"mode": "0755"}, "home-world-readable", "warning"),
    ],
)
def test_home_findings_say_what_is_known(home, finding, severity):
    base = {
        "path": "/home/u",
        "exists": True,
        "mode": "0750",
        "owner_is_run_as": True,
        "owner_unmapped": False,
    }
    [found] = derive_findings({"home": {**base, **home}})
    assert (found["id"], found["severity"]) == (finding, severity)
    assert "/home/u" in found["detail"]


def test_a_sticky_world_writable_home_is_only_world_readable():
    [found] = derive_findings({"home": {"path": "/tmp", "exists": True, "mode": "1777"}})
    assert found["id"] == "home-world-readable"


def test_repeated_metadata_keys_are_a_finding():
    [found] = derive_findings(
        {"metadata": {"found": True, "repeated_keys": ["AppType"], "read_only": True}}
    )
    assert found["id"] == "metadata-repeated-keys"
    assert "AppType" in found["detail"]


def test_a_route_to_a_configured_endpoint_expected_blocked_is_a_warning_that_sent_nothing():
    endpoint = {"id": "internal-db", "name": "Internal database", "host": "10.1.2.3",
                "port": 5432, "address": "10.1.2.3:5432", "expected": "blocked",
                "status": "routable", "detail": "A route exists; no packet was sent."}  # fmt: skip
    (finding,) = derive_findings(with_changes(endpoints=[endpoint]))
    assert finding["id"] == "endpoint-routable"
    assert finding["title"] == "No route rule blocks Internal database"
    assert "10.1.2.3:5432" in finding["detail"]
    assert "no packet was sent" in finding["detail"]
    assert "active probe" in finding["detail"]
    # Expected reachable, a route is what is expected: nothing to say.
    endpoint["expected"] = "reachable"
    assert derive_findings(with_changes(endpoints=[endpoint])) == []
