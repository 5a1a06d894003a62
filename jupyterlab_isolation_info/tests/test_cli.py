"""`python -m jupyterlab_isolation_info`: formats, exit statuses and usage errors.

--probe is only ever run inside a network namespace the test creates (see test_probe.py).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from contract import assert_valid

from jupyterlab_isolation_info.cli import exit_status, main

REPO = Path(__file__).resolve().parents[2]
NO_METADATA = ["--metadata-path", "/nonexistent/resource-metadata.json"]


def run_cli(*args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """Debian's bare python3, the package from this checkout, an environment with nothing in it."""
    return subprocess.run(
        [*prefix, "/usr/bin/python3", "-m", "jupyterlab_isolation_info", *args],
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_json_is_the_contract():
    completed = run_cli("--json", *NO_METADATA)
    assert completed.returncode == 0, completed.stderr
    report = assert_valid(json.loads(completed.stdout))
    assert report["schema_version"] == 1
    assert report["run_as"]["uid"] == os.getuid()
    assert report["metadata"]["found"] is False


def test_text_is_the_default_and_lists_the_verdict_the_glance_then_findings_first():
    completed = run_cli(*NO_METADATA)
    assert completed.returncode == 0
    lines = completed.stdout.splitlines()
    assert lines[0].startswith("Isolation report (schema 1,")
    assert lines[1].startswith("Verdict: ")
    labels = ("You run as", "On the host", "Your home", "Endpoints")
    assert [
        line.strip().startswith(label) for line, label in zip(lines[2:6], labels, strict=True)
    ] == [True] * 4
    assert lines[6:8] == ["", "Findings"]
    assert "[INFO] Not in SageMaker Studio (not-in-studio)" in completed.stdout
    assert "\nRun-as user\n" in completed.stdout


def test_markdown_is_for_a_support_ticket():
    completed = run_cli("--markdown", *NO_METADATA)
    assert completed.returncode == 0
    assert completed.stdout.startswith("## Isolation report\n")
    assert "### User namespace" in completed.stdout
    assert "| uid_map | 0 0 4294967295 |" in completed.stdout or "remapped" in completed.stdout


def test_metadata_path_is_read(tmp_path):
    path = tmp_path / "resource-metadata.json"
    path.write_text('{"AppType": "JupyterLab", "Extra": {"nested": [1, 2]}}')
    report = assert_valid(json.loads(run_cli("--json", "--metadata-path", str(path)).stdout))
    assert report["metadata"]["fields"] == {"AppType": "JupyterLab", "Extra": {"nested": [1, 2]}}


@pytest.mark.parametrize(
    ("findings", "fail_on", "status"),
    [
        ([{"severity": "critical"}], "never", 0),
        ([], "info", 0),
        ([{"severity": "info"}], "info", 1),
        ([{"severity": "info"}], "warning", 0),
        ([{"severity": "warning"}], "warning", 1),
        ([{"severity": "warning"}], "critical", 0),
        ([{"severity": "critical"}], "critical", 1),
        ([{"severity": "info"}, {"severity": "critical"}], "warning", 1),
    ],
)
def test_fail_on_thresholds(findings, fail_on, status):
    assert exit_status(findings, fail_on) == status


def test_fail_on_exits_1_end_to_end():
    # Outside Studio there is always at least the not-in-studio info finding.
    assert run_cli("--fail-on", "info", *NO_METADATA).returncode == 1
    assert run_cli("--fail-on", "never", *NO_METADATA).returncode == 0


def test_expect_uid_adds_run_as_unexpected(capsys):
    other = os.getuid() + 1
    status = main(["--json", "--expect-uid", str(other), "--fail-on", "warning", *NO_METADATA])
    report = assert_valid(json.loads(capsys.readouterr().out))
    assert "run-as-unexpected" in {f["id"] for f in report["findings"]}
    assert status == 1


def test_matching_expected_ids_add_nothing(capsys):
    main(["--json", "--expect-uid", str(os.getuid()), "--expect-gid", str(os.getgid())])
    report = assert_valid(json.loads(capsys.readouterr().out))
    assert "run-as-unexpected" not in {f["id"] for f in report["findings"]}


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["--json", "--markdown"],
        ["--fail-on", "sometimes"],
        ["--probe-timeout", "0"],
        ["--probe-timeout", "-1"],
        ["--probe-timeout", "31"],
        ["--probe-timeout", "soon"],
        ["--expect-uid", "-1"],
        ["--expect-gid", "root"],
        ["positional"],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--json", "--markdown", "--metadata-path", "--probe", "--probe-timeout"):
        assert option in out


def test_usage_error_through_python_m_exits_2():
    assert run_cli("--fail-on", "x").returncode == 2


@pytest.mark.parametrize("output", ["--json", "--markdown", "--fail-on=never"])
def test_no_environment_value_reaches_the_output(output):
    secret = "FwoGZXIvYXdzEXAMPLESESSIONTOKENvalue123"  # noqa: S105 - a fake
    uri = "/v2/credentials/secret-credential-path-xyz"
    completed = subprocess.run(
        ["/usr/bin/python3", "-m", "jupyterlab_isolation_info", output],
        env={
            "PYTHONPATH": str(REPO),
            # HOME is allow-listed (recovery mode moves it): its value may be shown.
            "HOME": "/tmp/recovery-home",
            "AWS_SESSION_TOKEN": secret,
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": uri,
            "PATH": f"/{secret}",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert secret not in completed.stdout + completed.stderr
    assert uri not in completed.stdout + completed.stderr
    assert "secret-credential-path" not in completed.stdout + completed.stderr
    if output == "--json":
        report = json.loads(completed.stdout)
        assert report["credentials"]["relative_uri_set"] is True
        assert report["context"]["home_env"] == "/tmp/recovery-home"


@pytest.mark.root
def test_probe_runs_concurrently_in_a_blocked_namespace():
    """--probe inside a namespace with Studio's prohibit rules: blocked, by connect, quickly."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.fail("needs root and unshare (util-linux); CI runs as root")
    setup = (
        "ip link set lo up && ip route add prohibit 169.254.169.254/32 && "
        'ip -6 route add prohibit fd00:ec2::254/128 && exec "$@"'
    )
    completed = run_cli(
        "--json",
        "--probe",
        "--probe-timeout",
        "0.5",
        *NO_METADATA,
        prefix=("unshare", "--net", "sh", "-c", setup, "sh"),
    )
    assert completed.returncode == 0, completed.stderr
    endpoints = {e["id"]: e for e in json.loads(completed.stdout)["endpoints"]}
    for endpoint_id in ("imds-ipv4", "imds-ipv6"):
        assert endpoints[endpoint_id]["status"] == "blocked"
        assert endpoints[endpoint_id]["method"] == "connect"
        assert "(EACCES)" in endpoints[endpoint_id]["detail"]


def test_output_to_a_closed_pipe_is_not_a_traceback():
    completed = subprocess.run(  # noqa: S602 - a fixed pipeline, nothing interpolated
        "/usr/bin/python3 -m jupyterlab_isolation_info --markdown | head -c 10 >/dev/null",
        shell=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in completed.stderr


def test_schema_prints_the_contract_the_json_follows(capsys):
    from jupyterlab_isolation_info import SCHEMA_PATH
    from jupyterlab_isolation_info.cli import main

    assert main(["--schema"]) == 0
    assert capsys.readouterr().out == SCHEMA_PATH.read_text(encoding="utf-8")
