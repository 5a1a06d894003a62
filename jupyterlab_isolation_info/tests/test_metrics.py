"""The isolation metrics: every emitted sample against the one list of definitions, the facts
behind them, bad input, registration, and scrapes of a real server's /metrics."""

import ast
import asyncio
import copy
import logging
from pathlib import Path

import pytest
from golden import build_golden, cases
from own_mount_namespace import run_scenario
from prometheus_client import CollectorRegistry, Gauge, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from server_setup import server_config
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from jupyterlab_isolation_info import metrics
from jupyterlab_isolation_info.collector import volumes
from jupyterlab_isolation_info.collector.findings import FINDINGS
from jupyterlab_isolation_info.collector.policy import policy_section
from jupyterlab_isolation_info.collector.summary import SECTION_TITLES
from jupyterlab_isolation_info.service import Snapshot

COLLECTOR_SOURCES = Path(metrics.__file__).parent / "collector"
ENDPOINTS = metrics.endpoint_ids([{"id": "internal-api"}])


def assert_defined(emitted, endpoints=ENDPOINTS):
    """Each sample is a defined metric with exactly its labels, each value from its set."""
    for name, labels, value in emitted:
        assert name in metrics.BY_NAME, f"{name} is not in METRICS"
        metric = metrics.BY_NAME[name]
        assert sorted(labels) == sorted(label for label, _ in metric.labels), name
        for label, label_value in labels.items():
            allowed = metrics.allowed_values(metric, label, endpoints)
            assert label_value in allowed, f"{name}{{{label}={label_value!r}}} is outside its set"
        assert isinstance(value, float), name
    return emitted


def by_name(emitted):
    found = {}
    for name, labels, value in emitted:
        found.setdefault(name, {})[tuple(sorted(labels.items()))] = value
    return found


def scalar(emitted, name):
    return by_name(emitted).get(name, {}).get(())


@pytest.mark.parametrize("case", cases())
def test_every_sample_of_every_golden_report_is_defined(case):
    report = build_golden(case)
    emitted = assert_defined(metrics.samples(report, ENDPOINTS))
    counts = by_name(emitted)["jupyter_isolation_findings"]
    assert sum(counts.values()) == len(report["findings"])


def test_a_label_value_outside_its_set_fails_the_check():
    with pytest.raises(AssertionError, match="outside its set"):
        assert_defined([("jupyter_isolation_endpoint_blocked", {"endpoint": "10.0.0.1"}, 1.0)])
    with pytest.raises(AssertionError, match="outside its set"):
        assert_defined([("jupyter_isolation_findings", {"severity": "/home/x"}, 1.0)])


def test_the_finding_ids_are_every_id_the_collector_can_give():
    """The label's values are the declared findings; every rule emits a declared one, and
    every declared one is emitted by some rule (no id only in the table)."""
    given = set()
    for source in COLLECTOR_SOURCES.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            # emit(FINDINGS, "id", ...), or an id a rule's helper returns for emit to take.
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "emit"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
            ):
                given.add(node.args[1].value)
            if isinstance(node, ast.Return) and node.value is not None:
                given.update(
                    n.value
                    for n in ast.walk(node.value)
                    if isinstance(n, ast.Constant) and n.value in FINDINGS
                )
    assert set(metrics.FINDING_IDS) == set(FINDINGS) == given
    assert {declared.severity for declared in FINDINGS.values()} <= set(metrics.SEVERITIES)
    assert {declared.section for declared in FINDINGS.values()} <= set(SECTION_TITLES)


def test_the_control_ids_are_the_policy_sections():
    section = policy_section({})
    assert tuple(c["id"] for c in section["controls"]) == metrics.CONTROL_IDS


def test_names_follow_the_prometheus_conventions():
    for metric in metrics.METRICS:
        assert metric.name.startswith(metrics.PREFIX)
        assert metric.name.endswith("_total") == (metric.type == "counter"), metric.name
        assert metric.name.endswith("_info") == (metric.type == "info"), metric.name
        assert not metric.name.endswith(("_count", "_sum", "_bucket")), metric.name
        assert metric.help.endswith(".")


def test_the_studio_user_s_facts():
    report = build_golden("studio-sagemaker-user")
    emitted = metrics.samples(report, ENDPOINTS)
    assert scalar(emitted, "jupyter_isolation_run_as_uid") == 1000.0
    assert scalar(emitted, "jupyter_isolation_host_uid") == float(
        report["user_namespace"]["host_uid"]
    )
    assert scalar(emitted, "jupyter_isolation_user_namespace_remapped") == 1.0
    levels = by_name(emitted)["jupyter_isolation_pod_security_level"]
    assert levels == {
        (("level", "privileged"),): 1.0,
        (("level", "baseline"),): 0.0,
        (("level", "restricted"),): 0.0,
    }
    controls = by_name(emitted)["jupyter_isolation_pod_security_control"]
    assert controls[(("control", "seccomp-baseline"), ("status", "not_met"))] == 1.0
    assert controls[(("control", "host-namespaces"), ("status", "unmeasured"))] == 1.0
    assert len(controls) == len(metrics.CONTROL_IDS)  # one sample each, at its status
    # Captured files: no route was looked up, so no endpoint is known to be blocked or open.
    assert "jupyter_isolation_endpoint_blocked" not in by_name(emitted)


def test_endpoints_are_labelled_by_configured_id_and_efs_as_one():
    report = build_golden("studio-sagemaker-user")
    report["endpoints"] = [
        {"id": "imds-ipv4", "status": "blocked"},
        {"id": "imds-ipv6", "status": "unknown"},
        {"id": "internal-api", "status": "reachable"},
        {"id": "efs-10.0.0.1", "status": "blocked"},
        {"id": "efs-10.0.0.2", "status": "routable"},
        {"id": "not-configured", "status": "reachable"},
    ]
    blocked = by_name(assert_defined(metrics.samples(report, ENDPOINTS)))[
        "jupyter_isolation_endpoint_blocked"
    ]
    assert blocked == {
        (("endpoint", "imds-ipv4"),): 1.0,
        (("endpoint", "internal-api"),): 0.0,
        (("endpoint", "efs"),): 0.0,
    }


def test_sudo_to_host_root_and_a_writable_runtime_socket():
    report = build_golden("studio-sagemaker-user")
    report["run_as"].update(sudo="yes", root_host_uid=0)
    report["walls"]["runtime_sockets"] = [
        {"path": "/var/run/docker.sock", "writable": True},
        {"path": "/run/containerd/containerd.sock", "writable": False},
    ]
    emitted = metrics.samples(report, ENDPOINTS)
    assert scalar(emitted, "jupyter_isolation_sudo_available") == 1.0
    assert scalar(emitted, "jupyter_isolation_sudo_host_root") == 1.0
    assert scalar(emitted, "jupyter_isolation_runtime_sockets_writable") == 1.0
    report["run_as"]["root_host_uid"] = 100000
    assert scalar(metrics.samples(report, ENDPOINTS), "jupyter_isolation_sudo_host_root") == 0.0


def test_a_report_with_errors_yields_valid_metrics_without_the_unknown_facts():
    report = build_golden("studio-sagemaker-user")
    report["user_namespace"].update(remapped=None, host_uid=None, error="uid_map: denied")
    report["run_as"]["sudo"] = "unknown"
    report["capabilities"].update(
        bounding=[], seccomp=None, no_new_privs=None, error="status: denied"
    )
    report["policy"] = policy_section(report)
    report["errors"] = {"kernels": "The kernels section could not be collected."}
    report["findings"].append({"id": "from-a-newer-collector", "severity": "info"})
    emitted = assert_defined(metrics.samples(report, ENDPOINTS))
    names = by_name(emitted)
    for absent in (
        "jupyter_isolation_user_namespace_remapped",
        "jupyter_isolation_host_uid",
        "jupyter_isolation_sudo_available",
        "jupyter_isolation_sudo_host_root",
        "jupyter_isolation_pod_security_level",
    ):
        assert absent not in names, absent
    errors = scalar(emitted, "jupyter_isolation_report_errors")
    # user_namespace, capabilities, kernels, and walls (captured files hold no runtime sockets)
    assert errors == 4.0
    report["metadata"].update(found=False, error="No such file: /opt/ml/metadata/x.json")
    assert scalar(metrics.samples(report, ENDPOINTS), "jupyter_isolation_report_errors") == 4.0
    report["metadata"].update(found=True, error="Permission denied")
    assert scalar(metrics.samples(report, ENDPOINTS), "jupyter_isolation_report_errors") == 5.0
    assert names["jupyter_isolation_finding"][(("finding", "other"), ("severity", "info"))] == 1.0


def test_limits_are_read_when_the_section_exists_and_absent_otherwise():
    report = build_golden("studio-sagemaker-user")
    # The captured Studio-like tree: a 4 GiB memory.max and no OOM kill yet.
    emitted = assert_defined(metrics.samples(report, ENDPOINTS))
    assert scalar(emitted, "jupyter_isolation_oom_kills_total") == 0.0
    assert scalar(emitted, "jupyter_isolation_memory_limit_bytes") == 4.0 * 2**30
    del report["limits"]  # a report of a collector without the section
    names = by_name(metrics.samples(report, ENDPOINTS))
    assert "jupyter_isolation_oom_kills_total" not in names
    report["limits"] = {"memory": {"limit_bytes": 4 * 2**30, "oom_kill": 3}, "error": None}
    emitted = assert_defined(metrics.samples(report, ENDPOINTS))
    assert scalar(emitted, "jupyter_isolation_oom_kills_total") == 3.0
    assert scalar(emitted, "jupyter_isolation_memory_limit_bytes") == 4.0 * 2**30
    report["limits"] = {"memory": {"limit_bytes": None, "oom_kill": True}}
    names = by_name(metrics.samples(report, ENDPOINTS))
    assert "jupyter_isolation_oom_kills_total" not in names  # unknown, never a number
    assert "jupyter_isolation_memory_limit_bytes" not in names


def test_no_path_user_name_or_metadata_value_becomes_a_label():
    report = build_golden("studio-sagemaker-user")
    text = generate_latest(registry_with(report)).decode()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            for value in sample.labels.values():
                assert "/" not in value and "sagemaker-user" not in value, sample
    for value in report["metadata"]["fields"].values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in text


class FakeConfig:
    extra_endpoints = ({"id": "internal-api"},)
    metrics_max_age = 60.0


class FakeService:
    def __init__(self, report):
        self.latest = Snapshot.of(report) if report is not None else None
        self.config = FakeConfig()
        self.kicks = 0

    def refresh_in_background(self, max_age):
        self.kicks += 1


def registry_with(report):
    registry = CollectorRegistry()
    collector = metrics.IsolationCollector()
    collector.service = FakeService(report)
    registry.register(collector)
    return registry


def test_the_exposition_is_the_samples_under_their_exposed_names():
    report = build_golden("docker-root-seccomp")
    text = generate_latest(registry_with(report)).decode()
    exposed = {
        (s.name, tuple(sorted(s.labels.items())), s.value)
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
    expected = {
        (name, tuple(sorted(labels.items())), value)
        for name, labels, value in metrics.samples(report, ENDPOINTS)
    }
    assert exposed == expected
    for metric in metrics.METRICS:
        assert f"# TYPE {metric.name} " in text  # every family is declared, even when empty


def test_an_existing_registration_of_our_names_is_not_a_crash(caplog):
    registry = CollectorRegistry()
    Gauge("jupyter_isolation_report_available", "someone else's", registry=registry)
    log = logging.getLogger("test")
    with caplog.at_level(logging.WARNING):
        collector = metrics.install(FakeService(None), registry=registry, log=log)
    assert "not registered" in caplog.text
    assert collector.service is not None
    generate_latest(registry)  # still serves


def test_registering_twice_registers_once_and_follows_the_newest_service():
    registry = CollectorRegistry()
    first, second = FakeService(None), FakeService(build_golden("host-root"))
    metrics.install(first, registry=registry)
    collector = metrics.install(second, registry=registry)
    assert collector.service is second
    assert b"jupyter_isolation_report_available 1.0" in generate_latest(registry)


# --- a real server's /metrics ------------------------------------------------------------------


@pytest.fixture
def jp_server_config():
    config = server_config(metrics_max_age=3600.0)
    config["ServerApp"]["authenticate_prometheus"] = True
    return config


def service_of(jp_serverapp):
    return jp_serverapp.web_app.settings["isolation_info_service"]


async def scrape(jp_fetch):
    response = await jp_fetch("metrics")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(response.body.decode())
        for s in family.samples
        if s.name.startswith(metrics.PREFIX)
    }


async def test_the_first_scrape_says_no_report_yet_and_starts_one_in_the_background(
    jp_fetch, jp_serverapp
):
    service = service_of(jp_serverapp)
    assert service.latest is None
    first = await scrape(jp_fetch)
    assert first == {("jupyter_isolation_report_available", ()): 0.0}
    assert service.collections_started == 1  # started, not waited for
    for _ in range(200):
        if service.latest is not None:
            break
        await asyncio.sleep(0.05)
    second = await scrape(jp_fetch)
    assert second[("jupyter_isolation_report_available", ())] == 1.0
    report = service.latest.report
    assert second[("jupyter_isolation_run_as_uid", ())] == float(report["run_as"]["uid"])
    for severity in ("critical", "warning", "info"):
        count = sum(f["severity"] == severity for f in report["findings"])
        assert second[("jupyter_isolation_findings", (("severity", severity),))] == count
    # A young report is reused: scrapes start no collection of their own.
    await scrape(jp_fetch)
    assert service.collections_started == 1


async def test_a_report_older_than_metrics_max_age_is_refreshed_in_the_background(
    jp_fetch, jp_serverapp
):
    service = service_of(jp_serverapp)
    await service.report()
    old = service.latest
    service.config.metrics_max_age = 0.0
    service.config.refresh_min_interval = 0.0
    await scrape(jp_fetch)  # answered from the old report
    for _ in range(200):
        if service.latest is not old:
            break
        await asyncio.sleep(0.05)
    assert service.latest is not old
    assert service.collections_started == 2


async def test_metrics_follow_authenticate_prometheus(jp_fetch, jp_base_url, jp_http_port):
    url = f"http://localhost:{jp_http_port}{jp_base_url}metrics"
    with pytest.raises(HTTPClientError) as error:
        await AsyncHTTPClient().fetch(url)
    assert error.value.code == 403
    assert (await jp_fetch("metrics")).code == 200


def test_the_metrics_page_lists_every_metric():
    import contract

    page = contract.docs_generator().metrics_page()
    assert all(f"## {metric.name}\n" in page for metric in metrics.METRICS)
    committed = contract.DOCS_GENERATOR.parent / "reference" / "metrics.md"
    assert committed.read_text(encoding="utf-8") == page, (
        "docs/reference/metrics.md is stale: run `make contract-doc`"
    )


def test_a_deep_copy_of_a_report_gives_the_same_samples():
    # Samples are a function of the report alone (no clock, no environment).
    report = build_golden("host-root")
    assert metrics.samples(report, ENDPOINTS) == metrics.samples(copy.deepcopy(report), ENDPOINTS)


def test_the_volume_roles_are_roles_of_the_volumes_section():
    assert set(metrics.VOLUME_ROLES) <= set(volumes.ROLES)
    for metric in metrics.METRICS:
        if metric.name.startswith("jupyter_isolation_volume_"):
            assert metric.labels == (("role", metrics.VOLUME_ROLES),), metric.name


def volume(roles, **figures):
    entry = {"mount_point": "/mnt/x", "roles": roles, "error": None}
    return entry | {key: figures.get(key) for _, key, _ in metrics.VOLUME_FIGURES}


def test_a_volume_holding_several_roles_gives_one_series_per_role_and_unknown_is_absent():
    known = {"size_bytes": 100, "used_bytes": 60, "available_bytes": 30}
    report = {
        "volumes": [
            # No inode table (inodes unknown); where pip writes is not a label.
            volume(["home", "root", "tmp", "packages", "jupyter-data"], **known),
            # A dead mount: every figure unknown; mountinfo still says it is writable.
            volume(["shm"]) | {"read_only": False},
            # Two mounts under the home: the one with fewer bytes left speaks for both.
            volume(["home-mount"], size_bytes=10, available_bytes=9, inodes_total=5),
            volume(["home-mount"], size_bytes=50, available_bytes=2, inodes_available=0),
            volume(["home-mount"]),
        ]
    }
    emitted = assert_defined(metrics.samples(report, ENDPOINTS))
    got = {(name, labels["role"]): value for name, labels, value in emitted if "volume" in name}
    figures = {"size_bytes": 100.0, "used_bytes": 60.0, "available_bytes": 30.0}
    expected = {
        (f"jupyter_isolation_volume_{figure}", role): value
        for role in ("home", "root", "tmp")
        for figure, value in figures.items()
    }
    expected |= {
        ("jupyter_isolation_volume_size_bytes", "home-mount"): 50.0,
        ("jupyter_isolation_volume_available_bytes", "home-mount"): 2.0,
        ("jupyter_isolation_volume_inodes_available", "home-mount"): 0.0,  # known: a zero
        ("jupyter_isolation_volume_read_only", "shm"): 0.0,
    }
    assert got == expected
    # A section that could not be collected, or of an older collector: no volume series.
    for section in (None, {"error": "x"}, []):
        names = by_name(metrics.samples({"volumes": section}, ENDPOINTS))
        assert not [n for n in names if n.startswith("jupyter_isolation_volume_")]


@pytest.mark.root
def test_volume_figures_are_a_real_statvfs_and_no_label_is_a_path():
    """A tmpfs home on /tmp, a tmpfs and a FUSE mount that never answers under it, a small
    /dev/shm, in a mount namespace of this test's own: the samples are statvfs's figures."""
    seen = run_scenario("metrics_volumes_scenario.py")
    emitted = assert_defined(metrics.samples({"volumes": seen["section"]}, ENDPOINTS))
    # What the scenario's own process made of its section (the version label aside: a build
    # meanwhile may rewrite it).
    assert [tuple(s) for s in seen["samples"] if s[0].startswith("jupyter_isolation_volume_")] == [
        sample for sample in emitted if sample[0].startswith("jupyter_isolation_volume_")
    ]
    got = {(name, labels["role"]): value for name, labels, value in emitted if "volume" in name}
    home = seen["home"]
    efs = f"{home}/efs"
    for role, point in (("home", "/tmp"), ("tmp", "/tmp"), ("shm", "/dev/shm")):
        for name, key, _ in metrics.VOLUME_FIGURES:  # tmpfs of the scenario's own: still
            assert got[(name, role)] == df_figure(seen["before"][point], key), (name, role)
    for name, key, _ in metrics.VOLUME_FIGURES:
        # / is the machine's: others write (and delete) there while this runs.
        values = [df_figure(seen[when]["/"], key) for when in ("before", "after")]
        slack = 0 if key in ("size_bytes", "inodes_total") else 0.01 * max(values)
        assert min(values) - slack <= got[(name, "root")] <= max(values) + slack, (name, values)
    for name, key, _ in metrics.VOLUME_FIGURES:
        # The live mount under the home, not the dead one (unknown: no sample of it).
        assert got[(name, "home-mount")] == df_figure(seen["before"][efs], key), name
    assert got[("jupyter_isolation_volume_size_bytes", "shm")] == 64 * 1024
    for role in ("home", "tmp", "shm", "home-mount"):
        assert got[("jupyter_isolation_volume_read_only", role)] == 0.0
    assert got[("jupyter_isolation_volume_inodes", "home-mount")] == 100
    dead = next(v for v in seen["section"] if v["mount_point"] == f"{home}/dead")
    assert dead["size_bytes"] is None and dead["error"]
    text = generate_latest(registry_with({"volumes": seen["section"]})).decode()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name.startswith("jupyter_isolation_volume_"):
                assert set(sample.labels) == {"role"}, sample
    sources = {v["mount_source"] for v in seen["section"] if v["mount_point"] != "/"}
    assert {"volume-source-tmp", "volume-source-dev-shm", "volume-source-efs"} <= sources
    for value in (*sources, home, *(v["mount_point"] for v in seen["section"])):
        assert f'"{value}"' not in text, value


def df_figure(result: dict, key: str) -> float:
    """A figure as df gives it, from os.statvfs's fields."""
    return float(
        {
            "size_bytes": result["f_blocks"] * result["f_frsize"],
            "used_bytes": (result["f_blocks"] - result["f_bfree"]) * result["f_frsize"],
            "available_bytes": result["f_bavail"] * result["f_frsize"],
            "inodes_total": result["f_files"],
            "inodes_available": result["f_favail"],
        }[key]
    )
