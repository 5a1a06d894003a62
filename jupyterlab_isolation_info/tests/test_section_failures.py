"""A broken part is its own error, nowhere else.

Each parser and each section builder is made, in turn, to raise an error no reader foresaw (a
RuntimeError: a kernel that writes a line differently tomorrow, a bug of ours). The collector
under test stays real, reading one captured case. The report must still be built, follow the
schema, name the failure, and keep every section that does not depend on the broken part equal
to the unbroken report's.
"""

from __future__ import annotations

import importlib
import json
import logging

import pytest
from contract import assert_valid
from golden import build_golden

from jupyterlab_isolation_info.collector import metadata

# The case with every section: metadata, an EFS mount, kernels (local and remote).
CASE = "studio-sagemaker-user"

# The ids (status_ids, status_groups) feed the run-as user, whose home the home, storage and
# mounts and volumes sections look at; the uid_map feeds every host id.
IDS = {"run_as", "user_namespace", "home", "storage", "mounts", "kernels", "volumes"}
# The limits section finds its cgroup files through the cgroup mounts; each kernel's memory
# cgroup is found the same way.
MOUNTINFO = {
    *("home", "metadata", "endpoints", "storage", "mounts", "walls", "limits", "kernels"),
    "volumes",
}
# A section whose own builder breaks, and the sections built from what it holds.
RUN_AS = {"run_as", "home", "storage", "mounts", "volumes"}
METADATA = {"metadata", "context"}

# (module, function) -> the sections that depend on it.
BREAKABLE = {
    # Parsers of the process state, each part read under its own guard.
    ("parse", "parse_status"): IDS | {"capabilities", "walls", "limits"},
    ("parse", "parse_id_map"): {"run_as", "user_namespace", "home", "mounts", "kernels"},
    ("parse", "parse_mountinfo"): MOUNTINFO,
    ("parse", "status_ids"): IDS,
    ("parse", "status_groups"): IDS,
    ("parse", "map_to_host"): IDS,
    # Parsers the section builders call.
    ("parse", "is_identity_map"): {"user_namespace"},
    ("parse", "parse_metadata"): METADATA,
    ("parse", "decode_capabilities"): {"capabilities", "kernels"},
    ("parse", "beyond_docker_default"): {"capabilities", "kernels"},
    ("parse", "parse_seccomp"): {"capabilities"},
    ("parse", "parse_no_new_privs"): {"capabilities"},
    ("parse", "nfs_addresses"): {"endpoints"},
    ("parse", "mount_for_path"): {"home", "storage", "walls", "volumes"} | METADATA,
    ("parse", "is_read_only"): {"home", "storage", "mounts", "walls", "volumes"} | METADATA,
    # Parsers of the captured user database and stat facts (the Reader's roots).
    ("parse", "parse_passwd"): RUN_AS | {"kernels"},
    ("parse", "parse_group"): RUN_AS,
    ("parse", "parse_stat_snapshot"): {"home", "mounts"},
    # Section builders.
    ("run_as", "run_as_section"): RUN_AS,
    ("user_namespace", "user_namespace_section"): {"user_namespace"},
    ("home", "home_section"): {"home"},
    ("metadata", "metadata_section"): METADATA,
    ("capabilities", "capabilities_section"): {"capabilities"},
    ("storage", "storage_section"): {"storage"},
    ("endpoints", "targets"): {"endpoints"},
    ("endpoints", "endpoints_section"): {"endpoints"},
    ("kernels", "kernels_section"): {"kernels"},
    ("mounts", "mounts_section"): {"mounts"},
    ("credentials", "credentials_section"): {"credentials"},
    ("context", "context_section"): {"context"},
    ("walls", "walls_section"): {"walls"},
    ("limits", "limits_section"): {"limits"},
    ("volumes", "volumes_section"): {"volumes"},
    # The cgroup parsers: the limits section's, and each kernel's memory cgroup.
    ("cgroup", "parse_proc_cgroup"): {"limits", "kernels"},
    ("cgroup", "parse_limit"): {"limits"},
    ("policy", "policy_section"): {"policy"},
}

# Derived from every section: the findings, the errors, the collector's judgement and the Pod
# Security Standards evaluation.
DERIVED = {"findings", "errors", "summary", "tones", "policy"}


def sentences(report: dict) -> list[str]:
    """Every failure sentence in a report: the report's errors and each section's error."""
    found = [*report["errors"].values()]

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("error"), str):
                found.append(value["error"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for key, value in report.items():
        if key not in DERIVED:
            walk(value)
    return found


@pytest.fixture(scope="module")
def unbroken() -> dict:
    return assert_valid(build_golden(CASE))


def test_the_unbroken_case_names_no_unforeseen_failure(unbroken):
    assert not any("RuntimeError" in sentence for sentence in sentences(unbroken))


@pytest.mark.parametrize(
    ("module", "function"), sorted(BREAKABLE), ids=[".".join(key) for key in sorted(BREAKABLE)]
)
def test_a_part_that_raises_costs_only_the_sections_that_need_it(
    module, function, unbroken, monkeypatch
):
    target = importlib.import_module(f"jupyterlab_isolation_info.collector.{module}")
    assert callable(getattr(target, function))
    failure = f"{function} broke in a way no reader foresaw"

    def broken(*args, **kwargs):
        raise RuntimeError(failure)

    monkeypatch.setattr(target, function, broken)
    report = assert_valid(build_golden(CASE))

    assert any(failure in sentence for sentence in sentences(report)), (
        f"no section names the failure of {module}.{function}"
    )
    intact = set(unbroken) - DERIVED - BREAKABLE[module, function]
    changed = sorted(name for name in intact if report.get(name) != unbroken[name])
    assert not changed, f"{module}.{function} broke sections that do not depend on it: {changed}"
    # The report is still a whole report, JSON all the way down.
    assert json.loads(json.dumps(report)) == report


def test_the_metadata_fallback_has_every_key_the_schema_requires(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("metadata broke")

    monkeypatch.setattr(metadata, "metadata_section", broken)
    report = assert_valid(build_golden(CASE))
    assert report["metadata"]["notes"] == []
    assert report["metadata"]["repeated_keys"] == []
    assert "metadata broke" in report["metadata"]["error"]
    assert report["metadata"]["path"] == metadata.DEFAULT_METADATA_PATH


@pytest.mark.parametrize(
    ("module", "function"), [("report", "derive_findings"), ("summary", "judge")]
)
def test_a_judgement_that_raises_leaves_every_section_and_an_unknown_verdict(
    module, function, unbroken, monkeypatch
):
    target = importlib.import_module(f"jupyterlab_isolation_info.collector.{module}")
    failure = f"{function} broke in a way no reader foresaw"

    def broken(*args, **kwargs):
        raise RuntimeError(failure)

    monkeypatch.setattr(target, function, broken)
    report = assert_valid(build_golden(CASE))

    assert any(failure in sentence for sentence in report["errors"].values())
    # Never good news from a judgement that was not made.
    verdict = report["summary"]["verdict"]
    assert verdict["tone"] == "unknown"
    assert failure in verdict["text"]
    sections = set(unbroken) - DERIVED
    assert {name: report[name] for name in sections} == {name: unbroken[name] for name in sections}


def test_a_failure_no_reader_foresaw_is_logged_with_its_traceback(monkeypatch, caplog):
    """Said as a sentence in the report and logged once, traceback and all, for whoever reads
    the server's log (the extension routes this logger there)."""

    def broken(*args, **kwargs):
        raise RuntimeError("metadata broke")

    monkeypatch.setattr(metadata, "metadata_section", broken)
    collector_log = logging.getLogger("jupyterlab_isolation_info.collector")
    # Captured here whether or not a server in this process has routed the package's log.
    monkeypatch.setattr(collector_log, "propagate", False)
    collector_log.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.WARNING, logger="jupyterlab_isolation_info.collector"):
            report = build_golden(CASE)
    finally:
        collector_log.removeHandler(caplog.handler)
    (record,) = [r for r in caplog.records if r.name == "jupyterlab_isolation_info.collector"]
    assert record.getMessage() == "The metadata section could not be collected"
    assert record.exc_info[1].args == ("metadata broke",)
    assert report["errors"]["metadata"] == (
        "The metadata section could not be collected: RuntimeError: metadata broke."
    )
