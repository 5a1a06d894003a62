"""The collector's judgement: the glance, the verdict and the tone of every judged fact.

Table-driven over the golden reports and over golden reports patched for an edge case. Unknown
is never good news: every fact that could not be read reads as unknown, with its reason.
"""

import copy
import json

import pytest
from contract import assert_valid
from golden import cases, golden_path, with_sections

from jupyterlab_isolation_info.collector import summary
from jupyterlab_isolation_info.collector.findings import derive_findings
from jupyterlab_isolation_info.collector.judging import fact_key
from jupyterlab_isolation_info.collector.summary import (
    endpoints_line,
    glance,
    home_line,
    host_line,
    run_as_line,
    tones,
    verdict,
)


def golden(case: str) -> dict:
    return json.loads(golden_path(case).read_text(encoding="utf-8"))


def blocked_as_in_studio(report: dict) -> None:
    """The route lookups a Studio space gives: every endpoint blocked by a rule."""
    for endpoint in report["endpoints"]:
        endpoint["status"] = "blocked"
        endpoint["detail"] = "The kernel refuses the route (EINVAL): a blackhole rule."


def studio() -> dict:
    """A Studio space: every route blocked, passwordless sudo, no finding left."""
    report = golden("studio-sagemaker-user")
    blocked_as_in_studio(report)
    report["run_as"]["sudo"] = "yes"
    return report


def bare() -> dict:
    """A user with no passwd entry on a host without remapping."""
    report = golden("host-root")
    report["run_as"].update(user=None, uid=4321, gid=4321, groups=[], home=None, sudo="unknown")
    report["user_namespace"].update(host_uid=4321, host_gid=4321)
    return report


def patched(**sections) -> dict:
    """The Studio report with some keys of some sections replaced (lists replaced whole)."""
    return with_sections(studio(), **sections)


def clean(report: dict) -> dict:
    return {**report, "findings": []}


def endpoint(status: str, name: str = "IMDS", expected: str = "blocked") -> dict:
    return {
        "id": f"imds-{name}",
        "name": name,
        "host": "169.254.169.254",
        "port": 80,
        "address": "169.254.169.254:80",
        "expected": expected,
        "status": status,
        "method": "route",
        "detail": "",
    }


# --- the glance ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sudo", "text"),
    [
        ("yes", "sagemaker-user (1000), with sudo"),
        ("no", "sagemaker-user (1000), no sudo"),
        ("unknown", "sagemaker-user (1000), sudo unknown"),
        (None, "sagemaker-user (1000), sudo unknown"),
    ],
)
def test_run_as_line_says_sudo(sudo, text):
    assert run_as_line(patched(run_as={"sudo": sudo}))["text"] == text


def test_run_as_line_names_a_user_without_a_passwd_entry_by_uid():
    assert run_as_line(bare())["text"] == "uid 4321, sudo unknown"


def test_run_as_line_is_neutral_for_root():
    assert run_as_line(patched(run_as={"uid": 0}))["tone"] == "neutral"


def test_host_line_says_remapped_with_the_host_uid():
    line = host_line(studio())
    assert (line["text"], line["tone"]) == ("uid 200001, remapped", "ok")


def test_host_line_warns_when_the_ids_are_the_host_ids():
    line = host_line(bare())
    assert (line["text"], line["tone"]) == ("uid 4321, not remapped", "warning")


def test_host_line_calls_root_on_the_host_critical():
    assert host_line(patched(user_namespace={"remapped": False, "host_uid": 0}))["tone"] == (
        "critical"
    )


@pytest.mark.parametrize(
    ("userns", "text"),
    [
        ({"remapped": None, "host_uid": None}, "unknown: the uid map could not be read"),
        ({"remapped": True, "host_uid": None}, "unknown: the uid map could not be read"),
        ({"remapped": None, "host_uid": 200001}, "uid 200001, remapping unknown"),
    ],
)
def test_host_line_reads_what_is_missing_as_unknown(userns, text):
    line = host_line(patched(user_namespace=userns))
    assert (line["text"], line["tone"]) == (text, "unknown")


def test_home_line_says_the_home_is_yours_and_who_it_is_on_the_host():
    line = home_line(studio())
    assert (line["text"], line["tone"]) == ("owned by you, host uid 200001", "ok")


def test_home_line_names_another_owner():
    line = home_line(patched(home={"owner_is_run_as": False, "owner_uid": 0, "owner_name": "root"}))
    assert (line["text"], line["tone"]) == (
        "owned by root (0), not you; host uid 200001",
        "warning",
    )


def test_home_line_says_when_the_owner_is_not_mapped():
    assert home_line(patched(home={"owner_unmapped": True}))["tone"] == "warning"


@pytest.mark.parametrize(
    ("home", "text"),
    [
        ({"owner_is_run_as": None}, "owner unknown"),
        ({"host_owner_uid": None}, "owned by you, host owner unknown"),
    ],
)
def test_home_line_reads_what_is_missing_as_unknown(home, text):
    line = home_line(patched(home=home))
    assert (line["text"], line["tone"]) == (text, "unknown")


def test_home_line_says_why_the_home_is_unknown():
    # What the collector reports for a home on a stalled mount.
    error = "stat of /home/sagemaker-user did not answer within 1 s (a stalled network mount?)."
    home = {
        "exists": None,
        "owner_uid": None,
        "owner_is_run_as": None,
        "host_owner_uid": None,
        "error": error,
    }
    line = home_line(patched(home=home))
    assert (line["text"], line["tone"]) == (f"unknown: {error}", "unknown")


def test_home_line_says_a_home_that_does_not_exist():
    line = home_line(patched(home={"exists": False}))
    assert (line["text"], line["tone"]) == ("/home/sagemaker-user does not exist", "warning")


def test_home_line_says_why_a_section_is_missing():
    report = studio()
    report["home"] = None
    report["errors"] = {"home": "The home section could not be collected: boom."}
    assert home_line(report) == {
        "id": "home",
        "section": "home",
        "label": "Your home",
        "text": "unknown: The home section could not be collected: boom.",
        "tone": "unknown",
    }


@pytest.mark.parametrize(
    ("statuses", "text", "tone"),
    [
        (["blocked"], "all blocked: A", "ok"),
        (["blocked", "routable"], "not blocked: B; blocked: A", "warning"),
        (["reachable", "blocked"], "reachable: A; blocked: B", "critical"),
        (["unknown", "blocked"], "unknown: A; blocked: B", "unknown"),
        (["unknown"], "unknown: A", "unknown"),
    ],
)
def test_endpoints_line_sums_up_the_endpoints_expected_blocked(statuses, text, tone):
    report = patched(endpoints=[endpoint(s, "AB"[i]) for i, s in enumerate(statuses)])
    line = endpoints_line(report)
    assert (line["text"], line["tone"]) == (text, tone)


def test_endpoints_line_ignores_endpoints_expected_reachable():
    line = endpoints_line(patched(endpoints=[endpoint("blocked", "A", expected="reachable")]))
    assert (line["text"], line["tone"]) == ("none checked", "neutral")


def test_endpoints_line_reads_a_report_without_endpoints_as_unknown():
    report = bare()
    del report["endpoints"]
    assert endpoints_line(report)["tone"] == "unknown"


def test_glance_gives_the_four_answers_each_leading_to_its_section():
    assert [(line["id"], line["section"]) for line in glance(studio())] == [
        ("run_as", "run_as"),
        ("host", "user_namespace"),
        ("home", "home"),
        ("endpoints", "endpoints"),
    ]


# --- the verdict --------------------------------------------------------------------------

HOST_ROOT = golden("host-root")
CRITICAL = next(f for f in HOST_ROOT["findings"] if f["severity"] == "critical")
WARNING = next(f for f in HOST_ROOT["findings"] if f["severity"] == "warning")
BLOCKED = {"endpoints": [endpoint("blocked")]}


def test_verdict_names_the_worst_finding_when_it_is_critical():
    assert verdict(HOST_ROOT) == {
        "tone": "critical",
        "text": "Critical: Root here is root on the host",
    }


def test_verdict_counts_several_critical_findings():
    report = {**HOST_ROOT, "findings": [CRITICAL, {**CRITICAL, "title": "Second"}]}
    assert verdict(report)["text"] == "Critical: Root here is root on the host (+1 more)"


@pytest.mark.parametrize(("count", "text"), [(1, "1 warning"), (2, "2 warnings")])
def test_verdict_counts_warnings(count, text):
    assert verdict({**studio(), "findings": [WARNING] * count}) == {"tone": "warning", "text": text}


def test_verdict_says_isolated_as_in_studio_only_when_every_fact_is_measured_good():
    assert verdict(clean(patched(**BLOCKED))) == {"tone": "ok", "text": "Isolated as in Studio"}


@pytest.mark.parametrize(
    "changes",
    [
        {"user_namespace": {"remapped": None}},
        {"user_namespace": {"host_uid": None}},
        {"home": {"owner_is_run_as": None}},
        {"home": {"host_owner_uid": None}},
        {"endpoints": [endpoint("unknown")]},
    ],
    ids=["the remapping", "the host uid", "the home owner", "the home host owner", "an endpoint"],
)
def test_unknown_never_reads_as_good_news(changes):
    report = clean(patched(**{**BLOCKED, **changes}))
    assert verdict(report) == {"tone": "unknown", "text": "1 fact unknown"}


def test_verdict_counts_unknown_facts():
    report = clean(patched(home={"owner_is_run_as": None}, endpoints=[endpoint("unknown")]))
    assert verdict(report) == {"tone": "unknown", "text": "2 facts unknown"}


def test_verdict_does_not_call_it_isolated_outside_studio():
    report = clean(patched(**BLOCKED, metadata={"found": False, "read_only": None}))
    assert verdict(report) == {"tone": "neutral", "text": "No warnings"}


def test_verdict_without_findings_still_sees_a_warning_at_a_glance():
    report = clean(patched(endpoints=[endpoint("routable")]))
    assert verdict(report) == {"tone": "warning", "text": "Not isolated as in Studio"}


# --- the summary as a whole ---------------------------------------------------------------


@pytest.mark.parametrize("case", cases())
def test_every_golden_reports_summary_agrees_with_its_findings_and_follows_the_schema(case):
    report = golden(case)
    assert_valid(report)
    counts = report["summary"]["finding_counts"]
    assert sum(counts.values()) == len(report["findings"])
    assert report["summary"]["severity_order"] == ["critical", "warning", "info"]
    worst = report["findings"][0]["severity"] if report["findings"] else None
    assert report["summary"]["worst_severity"] == worst


@pytest.mark.parametrize("case", cases())
def test_every_unknown_tone_says_why(case):
    for key, tone in golden(case)["tones"].items():
        assert tone["tone"] in summary.TONES, key
        if tone["tone"] == "unknown":
            assert tone["reason"], key


def test_the_sections_come_in_display_order_and_only_when_the_report_has_them():
    report = golden("host-root")
    ids = [s["id"] for s in report["summary"]["sections"]]
    assert ids[0] == "findings"
    assert "kernels" not in ids and "kernels" not in report
    assert ids == [key for key, _ in summary.SECTIONS if key in report]


def test_a_report_without_a_judgement_is_judged_once_by_judged():
    report = golden("studio-root-remapped")
    bare_report = {k: v for k, v in report.items() if k not in ("summary", "tones")}
    assert summary.judged(bare_report)["tones"] == report["tones"]
    assert summary.judged(report) is report


def test_the_severity_order_is_the_findings_order():
    from jupyterlab_isolation_info.collector.findings import SEVERITY_ORDER

    assert list(SEVERITY_ORDER) == list(summary.SEVERITY_ORDER)


# --- the tone of each judged fact ---------------------------------------------------------


def tone_of(report: dict, key: str) -> tuple:
    entry = tones(report)[key]
    return entry["tone"], entry["text"]


@pytest.mark.parametrize(
    ("changes", "key", "expected"),
    [
        # Who you are.
        ({"run_as": {"sudo": "yes"}}, "run_as.sudo", ("neutral", "yes")),
        ({"run_as": {"sudo": "unknown"}}, "run_as.sudo", ("unknown", "unknown")),
        (
            {"run_as": {"sudo": "yes", "root_host_uid": 0}},
            "run_as.sudo",
            ("critical", "yes"),
        ),
        ({}, "user_namespace.root_host_uid", ("neutral", "host uid 100000")),
        (
            {"run_as": {"root_host_uid": 0}},  # sudo, as in Studio's spaces
            "user_namespace.root_host_uid",
            ("critical", "host root: uid 0 is not remapped"),
        ),
        (
            {"run_as": {"root_host_uid": 0, "uid": 0, "sudo": "unknown"}},
            "user_namespace.root_host_uid",
            ("critical", "host root: uid 0 is not remapped"),
        ),
        (
            # Not root, no sudo: the finding is no-user-namespace, a warning.
            {"run_as": {"root_host_uid": 0, "sudo": "no"}},
            "user_namespace.root_host_uid",
            ("warning", "host root: uid 0 is not remapped"),
        ),
        (
            {"run_as": {"root_host_uid": None}},
            "user_namespace.root_host_uid",
            ("unknown", "unknown"),
        ),
        ({}, "user_namespace.remapped", ("ok", "remapped")),
        (
            {"user_namespace": {"remapped": False, "host_uid": 1000}},
            "user_namespace.remapped",
            ("warning", "not remapped"),
        ),
        (
            {"user_namespace": {"remapped": False, "host_uid": 0}},
            "user_namespace.remapped",
            ("critical", "not remapped"),
        ),
        ({"user_namespace": {"remapped": None}}, "user_namespace.remapped", ("unknown", "unknown")),
        ({"user_namespace": {"host_uid": None}}, "user_namespace.host_uid", ("unknown", "unknown")),
        # The home.
        ({}, "home.owner_uid", ("ok", "1000 (sagemaker-user)")),
        (
            {"home": {"owner_is_run_as": False, "owner_uid": 0, "owner_name": "root"}},
            "home.owner_uid",
            ("warning", "0 (root)"),
        ),
        (
            {"home": {"owner_unmapped": True}},
            "home.owner_uid",
            ("warning", "1000 (sagemaker-user)"),
        ),
        (
            {"home": {"owner_is_run_as": None}},
            "home.owner_uid",
            ("unknown", "1000 (sagemaker-user)"),
        ),
        ({"home": {"owner_is_run_as": False}}, "home.owner_is_run_as", ("warning", "no")),
        (
            {"home": {"owner_unmapped": True}},
            "home.owner_unmapped",
            ("warning", "unmapped: the host owner has no id inside this container"),
        ),
        ({"home": {"exists": False}}, "home.exists", ("warning", "no")),
        ({"home": {"exists": None}}, "home.exists", ("unknown", "unknown")),
        ({"home": {"exists": None}}, "home.mode", ("unknown", "unknown")),
        ({"home": {"mode": "0777"}}, "home.mode", ("critical", "0777")),
        ({"home": {"mode": "1777"}}, "home.mode", ("warning", "1777")),
        ({"home": {"mode": "0755"}}, "home.mode", ("warning", "0755")),
        ({"home": {"mode": "0700"}}, "home.mode", ("ok", "0700")),
        ({"home": {"host_owner_uid": None}}, "home.host_owner_uid", ("unknown", "unknown")),
        # The metadata file.
        ({}, "metadata.read_only", ("ok", "read-only")),
        ({"metadata": {"read_only": False}}, "metadata.read_only", ("warning", "read-write")),
        ({"metadata": {"read_only": None}}, "metadata.read_only", ("unknown", "unknown")),
        (
            {"metadata": {"found": False, "read_only": None}},
            "metadata.read_only",
            ("neutral", "not found"),
        ),
        # Capabilities.
        ({}, "capabilities.beyond_docker_default", ("ok", "none")),
        (
            {"capabilities": {"beyond_docker_default": ["CAP_SYS_ADMIN"]}},
            "capabilities.beyond_docker_default",
            ("warning", "CAP_SYS_ADMIN"),
        ),
        (
            {"capabilities": {"beyond_docker_default": ["CAP_SYS_ADMIN"]}},
            "capabilities.bounding[CAP_SYS_ADMIN]",
            ("warning", "CAP_SYS_ADMIN"),
        ),
        (
            # The status file could not be read: "none" would be good news nobody measured.
            {"capabilities": {"bounding": [], "error": "/proc/self/status cannot be read."}},
            "capabilities.beyond_docker_default",
            ("unknown", "unknown"),
        ),
        # Where am I.
        ({"context": {"home_moved": True}}, "context.home_moved", ("neutral", "yes")),
        ({"context": {"home_moved": None}}, "context.home_moved", ("unknown", "unknown")),
        # Walls.
        (
            {"walls": {"service_account_token": {"present": True}}},
            "walls.service_account_token",
            ("warning", "yes"),
        ),
        (
            {"walls": {"service_account_token": {"present": False}}},
            "walls.service_account_token",
            ("neutral", "no"),
        ),
        (
            {"walls": {"service_account_token": {"present": None, "error": "stalled"}}},
            "walls.service_account_token",
            ("unknown", "unknown"),
        ),
        (
            {"run_as": {"uid": 0, "root_host_uid": 0}, "walls": {"proc_sys_read_only": False}},
            "walls.proc_sys_read_only",
            ("warning", "no"),
        ),
        ({"walls": {"proc_sys_read_only": False}}, "walls.proc_sys_read_only", ("neutral", "no")),
        ({"walls": {"cgroup_read_only": None}}, "walls.cgroup_read_only", ("unknown", "unknown")),
    ],
)
def test_each_judged_fact_has_its_tone_and_one_wording(changes, key, expected):
    assert tone_of(patched(**changes), key) == expected


@pytest.mark.parametrize(
    ("status", "expected", "endpoint_id", "tone", "text"),
    [
        ("blocked", "blocked", "imds-ipv4", "ok", "blocked"),
        ("reachable", "blocked", "imds-ipv4", "critical", "reachable"),
        ("reachable", "blocked", "efs-10.0.45.67", "warning", "reachable"),
        ("reachable", "blocked", "internal-db", "warning", "reachable"),
        ("routable", "blocked", "imds-ipv4", "warning", "routable (not probed)"),
        ("routable", "blocked", "internal-db", "warning", "routable (not probed)"),
        ("unknown", "blocked", "imds-ipv4", "unknown", "unknown"),
        ("reachable", "reachable", "pypi", "ok", "reachable"),
        # The collector's finding for this is a warning, as for anything else unexpected.
        ("blocked", "reachable", "pypi", "warning", "blocked"),
        ("routable", "reachable", "pypi", "neutral", "routable (not probed)"),
    ],
)
def test_an_endpoints_tone_agrees_with_its_finding(status, expected, endpoint_id, tone, text):
    entry = {**endpoint(status, expected=expected), "id": endpoint_id, "detail": "why"}
    judged = tones(patched(endpoints=[entry]))[f"endpoints[{endpoint_id}].status"]
    assert (judged["tone"], judged["text"]) == (tone, text)
    assert judged["reason"]


@pytest.mark.parametrize(
    ("variable_set", "status", "tone"),
    [
        (True, "blocked", "warning"),
        (False, "blocked", "neutral"),
        (True, "reachable", "ok"),
        (True, "routable", "neutral"),
        (True, "unknown", "unknown"),
    ],
)
def test_the_credentials_endpoint_blocked_is_a_warning_only_when_the_variable_is_set(
    variable_set, status, tone
):
    report = patched(credentials={"relative_uri_set": variable_set, "status": status})
    assert tones(report)["credentials.status"]["tone"] == tone


def _mount(**changes) -> dict:
    mount = copy.deepcopy(golden("studio-sagemaker-user")["mounts"][1])
    mount.update(writable=True, error=None)
    mount.update(changes)
    return mount


@pytest.mark.parametrize(
    ("changes", "field", "tone", "text"),
    [
        ({}, "read_only", "neutral", "read-write"),
        ({"read_only": True}, "read_only", "neutral", "read-only"),
        ({"writable": False}, "writable", "warning", "no"),
        ({"writable": False, "role": "app"}, "writable", "neutral", "no"),
        ({"writable": None}, "writable", "unknown", "unknown"),
        ({"owner_unmapped": True}, "owner_unmapped", "warning", "not mapped into this container"),
        (
            {"owner_unmapped": True, "role": "app"},
            "owner_unmapped",
            "neutral",
            "not mapped into this container",
        ),
    ],
)
def test_a_mounts_facts_are_judged_by_its_role(changes, field, tone, text):
    mount = _mount(**changes)
    judged = tones(patched(mounts=[mount]))[f"mounts[{mount['path']}].{field}"]
    assert (judged["tone"], judged["text"]) == (tone, text)


@pytest.mark.parametrize(
    ("changes", "tone"),
    [
        ({}, "neutral"),
        ({"writable": False}, "warning"),
        ({"owner_unmapped": True}, "warning"),
        ({"writable": None, "error": "stalled"}, "unknown"),
        ({"writable": None, "role": "app", "error": "not captured"}, "neutral"),
    ],
)
def test_a_mount_row_takes_the_worst_tone_of_its_facts(changes, tone):
    mount = _mount(**changes)
    row = tones(patched(mounts=[mount]))[f"mounts[{mount['path']}]"]
    assert row["tone"] == tone
    assert "writable by you:" in row["text"]


def _socket(**changes) -> dict:
    return {
        "path": "/var/run/docker.sock",
        "runtime": "docker",
        "symlink_to": None,
        "is_socket": True,
        "writable": False,
        "error": None,
        **changes,
    }


@pytest.mark.parametrize(
    ("changes", "writable_tone", "row_tone"),
    [
        ({"writable": True}, "critical", "critical"),
        ({}, "warning", "warning"),
        # A file or directory at a socket's path is no API: the collector's rule.
        ({"is_socket": False, "writable": None}, "neutral", "neutral"),
        ({"is_socket": None, "writable": None, "error": "stalled"}, "unknown", "unknown"),
        ({"writable": None, "error": "stalled"}, "unknown", "warning"),
    ],
)
def test_only_a_real_runtime_socket_is_a_warning(changes, writable_tone, row_tone):
    report = patched(walls={"runtime_sockets": [_socket(**changes)]})
    judged = tones(report)
    key = "walls.runtime_sockets[/var/run/docker.sock]"
    assert judged[f"{key}.writable"]["tone"] == writable_tone
    assert judged[key]["tone"] == row_tone
    # The tone and the collector's finding agree.
    ids = {finding["id"] for finding in derive_findings(report)}
    assert ("runtime-socket-writable" in ids) == (row_tone == "critical")
    assert ("runtime-socket-present" in ids) == (row_tone == "warning")


def test_a_kernels_facts_are_keyed_by_its_id():
    report = golden("studio-sagemaker-user")
    (kernel,) = [k for k in report["kernels"] if k.get("local")]
    judged = tones(report)
    assert judged[f"kernels[{kernel['id']}].capabilities"]["tone"] == "ok"
    kernel.update(uid=0, host_uid=0)
    kernel["capabilities"]["beyond_docker_default"] = ["CAP_SYS_ADMIN"]
    judged = tones(report)
    assert judged[f"kernels[{kernel['id']}].host_uid"]["tone"] == "critical"
    assert judged[f"kernels[{kernel['id']}].capabilities"] == {
        "tone": "warning",
        "text": "CAP_SYS_ADMIN",
        "reason": "A default container does not have these.",
    }


def test_storage_read_only_is_worded_as_mounts_are():
    report = patched(storage=[{"path": "/x", "filesystem": None, "mount_source": None,
                               "read_only": None}])  # fmt: skip
    assert tone_of(report, "storage[/x].read_only") == ("unknown", "read-only unknown")


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (("home", "mode"), "home.mode"),
        (("endpoints", None, "imds-ipv4", "status"), "endpoints[imds-ipv4].status"),
        (("mounts", None, "/home/a.b"), "mounts[/home/a.b]"),
        (
            ("walls", "runtime_sockets", "/var/run/docker.sock", "writable"),
            "walls.runtime_sockets[/var/run/docker.sock].writable",
        ),
    ],
)
def test_fact_keys_are_built_in_one_way(args, key):
    assert fact_key(*args) == key


# Every fact key the collector gives, as the front end looks them up (<…> is an identity).
FACT_KEYS = {
    "run_as.sudo",
    "user_namespace.root_host_uid",
    "user_namespace.remapped",
    "user_namespace.host_uid",
    "home.exists",
    "home.owner_uid",
    "home.owner_is_run_as",
    "home.owner_unmapped",
    "home.host_owner_uid",
    "home.mode",
    "metadata.read_only",
    "endpoints[<>].status",
    "capabilities.beyond_docker_default",
    "capabilities.bounding[<>]",
    "storage[<>].read_only",
    "volumes[<>]",
    "volumes[<>].used_bytes",
    "volumes[<>].available_bytes",
    "volumes[<>].inodes_used",
    "volumes[<>].read_only",
    "volumes[<>].kept_on_restart",
    "mounts[<>]",
    "mounts[<>].read_only",
    "mounts[<>].owner_unmapped",
    "mounts[<>].writable",
    "credentials.status",
    "context.home_moved",
    "walls.runtime_sockets[<>]",
    "walls.runtime_sockets[<>].writable",
    "walls.service_account_token",
    "walls.proc_sys_read_only",
    "walls.cgroup_read_only",
    "kernels[<>].host_uid",
    "kernels[<>].capabilities",
    "limits.memory.limit_bytes",
    "limits.memory.usage_bytes",
    "limits.memory.peak_bytes",
    "limits.memory.machine_bytes",
    "limits.memory.swap_limit_bytes",
    "limits.memory.oom_kill",
    "limits.cpu.quota_cpus",
    "limits.cpu.usable_cpus",
    "limits.pids.current",
    "policy.level",
    "policy.controls[<>].status",
}


def _shape(key: str) -> str:
    # An identity may hold dots and brackets of its own (a path): strip from the first "[" to
    # the last "]" that a field or the end follows.
    if "[" not in key:
        return key
    head, _, rest = key.partition("[")
    if rest.endswith("]"):
        return f"{head}[<>]"
    identity_and_field = rest.rsplit("].", 1)
    return f"{head}[<>].{identity_and_field[1]}"


def test_every_fact_key_is_one_the_contract_lists():
    report = studio()
    report["capabilities"]["beyond_docker_default"] = ["CAP_SYS_ADMIN"]
    report["walls"]["runtime_sockets"] = [
        {"path": "/var/run/docker.sock", "runtime": "docker", "symlink_to": None,
         "is_socket": True, "writable": False, "error": None},
    ]  # fmt: skip
    seen = {_shape(key) for key in tones(report)}
    assert seen == FACT_KEYS
    for case in cases():
        assert {_shape(key) for key in golden(case)["tones"]} <= FACT_KEYS, case
