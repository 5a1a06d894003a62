"""build_report on this machine, checked against the kernel's own tools, and on bad input."""

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from as_other_user import run_as, world_readable_copy
from contract import assert_valid

from jupyterlab_isolation_info.collector.read import Reader, Roots
from jupyterlab_isolation_info.collector.report import DEFAULT_METADATA_PATH, build_report

FIXTURES = Path(__file__).parent / "fixtures"
CONTRACT_KEYS = {
    "schema_version",
    "generated_at",
    "run_as",
    "user_namespace",
    "home",
    "metadata",
    "endpoints",
    "capabilities",
    "storage",
    "findings",
}


def collect(**options) -> dict:
    """A report of this process, checked against the schema."""
    return assert_valid(build_report(**options))


@pytest.fixture(scope="module")
def report():
    return assert_valid(build_report(metadata_path="/nonexistent/resource-metadata.json"))


def test_the_contract_keys_are_all_there(report):
    assert set(report) >= CONTRACT_KEYS
    assert report["schema_version"] == 1
    assert report["generated_at"].endswith("Z")
    assert DEFAULT_METADATA_PATH == "/opt/ml/metadata/resource-metadata.json"


def test_the_report_is_json(report):
    assert json.loads(json.dumps(report)) == report


def test_run_as_agrees_with_id(report):
    id_output = subprocess.run(["id"], capture_output=True, text=True, check=True).stdout
    run_as_section = report["run_as"]
    assert f"uid={run_as_section['uid']}({run_as_section['user']})" in id_output
    for group in run_as_section["groups"]:
        assert f"{group['gid']}({group['name']})" in id_output.split("groups=")[1]


def test_the_host_uid_is_the_uid_map_arithmetic(report):
    userns = report["user_namespace"]
    inside, outside, _ = (int(x) for x in Path("/proc/self/uid_map").read_text().split()[:3])
    assert userns["host_uid"] == outside + (os.getuid() - inside)


@pytest.mark.skipif(not shutil.which("capsh"), reason="needs capsh")
def test_capabilities_agree_with_capsh_decode(report):
    mask = next(
        line.split()[1]
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("CapBnd:")
    )
    decoded = subprocess.run(
        ["capsh", f"--decode={mask}"], capture_output=True, text=True, check=True
    ).stdout
    names = decoded.split("=", 2)[-1].strip().upper().split(",")
    assert report["capabilities"]["bounding"] == [
        name if name.startswith("CAP_") else f"CAP_{name}" for name in names
    ]


def test_storage_agrees_with_findmnt(report):
    if not shutil.which("findmnt"):
        pytest.fail("needs findmnt (util-linux, installed by make test)")
    for entry in report["storage"]:
        fstype = subprocess.run(
            ["findmnt", "-n", "-o", "FSTYPE", "--target", entry["path"]],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert entry["filesystem"] == fstype


def test_a_passive_report_makes_route_lookups_only(report):
    assert {e["method"] for e in report["endpoints"]} == {"route"}
    assert [e["id"] for e in report["endpoints"]][:2] == ["imds-ipv4", "imds-ipv6"]


def test_metadata_fields_are_kept_as_read(tmp_path):
    path = tmp_path / "resource-metadata.json"
    shutil.copy(FIXTURES / "studio-sagemaker-user" / "metadata.json", path)
    metadata = collect(metadata_path=str(path))["metadata"]
    assert metadata["found"] is True
    assert metadata["error"] is None
    assert metadata["fields"] == json.loads(path.read_text())
    assert metadata["read_only"] is False  # tmp_path is writable, so the finding must say so


def test_a_writable_metadata_file_is_a_finding(tmp_path):
    path = tmp_path / "resource-metadata.json"
    path.write_text("{}")
    assert "metadata-writable" in {f["id"] for f in collect(metadata_path=str(path))["findings"]}


@pytest.mark.root
def test_a_read_only_bind_mount_is_seen_as_read_only(tmp_path):
    """A real read-only bind in a mount namespace this test creates (statvfs ST_RDONLY)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.fail("needs root and unshare (util-linux); CI runs as root")
    (tmp_path / "resource-metadata.json").write_text('{"AppType": "JupyterLab"}')
    code = (
        "import json; from jupyterlab_isolation_info.collector.report import build_report; "
        f"print(json.dumps(build_report(metadata_path='{tmp_path}/resource-metadata.json')))"
    )
    script = (
        f"mount --bind {tmp_path} {tmp_path} && mount -o remount,ro,bind {tmp_path} && "
        'exec /usr/bin/python3 -c "$0"'
    )
    completed = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, code],
        env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    assert report["metadata"]["read_only"] is True
    assert report["metadata"]["fields"] == {"AppType": "JupyterLab"}
    assert "metadata-writable" not in {f["id"] for f in report["findings"]}


BAD_METADATA = {
    "missing": lambda p: None,
    "empty": lambda p: p.write_bytes(b""),
    "truncated": lambda p: p.write_bytes(b'{"AppType": "JupyterLab", "DomainId": "d-'),
    "not-utf8": lambda p: p.write_bytes(b'{"AppType": "\xff\xfe"}'),
    "array": lambda p: p.write_text('["JupyterLab"]'),
    "huge": lambda p: p.write_text('{"pad": "' + "x" * (2 * 1024 * 1024) + '"}'),
    "fifo": lambda p: os.mkfifo(p),
    "directory": lambda p: p.mkdir(),
    "dangling-symlink": lambda p: p.symlink_to(p.parent / "nowhere.json"),
}


@pytest.mark.parametrize(
    ("kind", "found", "message"),
    [
        ("missing", False, "No such file"),
        ("empty", True, "is empty"),
        ("truncated", True, "not valid JSON"),
        ("not-utf8", True, "not UTF-8"),
        ("array", True, "holds an array, not a JSON object"),
        ("huge", True, "larger than 1024 KiB"),
        ("fifo", True, "FIFO"),
        ("directory", True, "is a directory"),
        ("dangling-symlink", False, "symbolic link to .*nowhere.json, which does not exist"),
    ],
)
def test_bad_metadata_is_one_sentence_and_the_rest_is_intact(kind, found, message, tmp_path):
    path = tmp_path / "resource-metadata.json"
    BAD_METADATA[kind](path)
    started = time.monotonic()
    report = collect(metadata_path=str(path))
    assert time.monotonic() - started < 2.0
    metadata = report["metadata"]
    assert metadata["fields"] is None
    assert metadata["found"] is found
    assert pytest.importorskip("re").search(message, metadata["error"])
    assert report["run_as"]["uid"] == os.getuid()
    assert report["capabilities"]["error"] is None
    finding = "not-in-studio" if not found else "metadata-unreadable"
    assert finding in {f["id"] for f in report["findings"]}


@pytest.mark.parametrize("metadata_path", ["", "relative/path.json", "/proc/self/mem", "/dev/zero"])
def test_odd_metadata_paths_never_raise(metadata_path):
    metadata = collect(metadata_path=metadata_path)["metadata"]
    assert metadata["error"]
    assert metadata["fields"] is None


@pytest.mark.parametrize("probe_timeout", ["x", None, -1, 1e9])
def test_odd_probe_timeouts_never_raise(probe_timeout):
    assert collect(probe_timeout=probe_timeout)["schema_version"] == 1


def test_a_report_does_not_carry_environment_values(monkeypatch):
    secret = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY"  # noqa: S105 - a fake
    for name in ("AWS_SECRET_ACCESS_KEY", "USER", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"):
        monkeypatch.setenv(name, f"/{secret}")
    report = collect()
    assert secret not in json.dumps(report)
    assert report["credentials"]["relative_uri_set"] is True  # presence only


def test_only_allow_listed_variables_reach_the_context(monkeypatch):
    monkeypatch.setenv("HOME", "/tmp/recovery-home")
    monkeypatch.setenv("SAGEMAKER_SPACE_NAME", "my-space")
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    monkeypatch.setenv("SAGEMAKER_INTERNAL_IMAGE_URI", "not-on-the-allow-list")
    report = assert_valid(build_report(metadata_path="/nonexistent/metadata.json"))
    assert report["context"]["home_env"] == "/tmp/recovery-home"
    assert report["context"]["home_moved"] is True
    assert report["context"]["space"] == "my-space"
    assert report["context"]["region"] == "eu-west-1"
    assert "not-on-the-allow-list" not in json.dumps(report)
    assert "home-moved" in {f["id"] for f in report["findings"]}


def test_missing_proc_files_leave_an_error_per_section(tmp_path):
    """/proc files that are gone (as for a pid that does not exist) give errors, not raises."""
    report = assert_valid(build_report(roots=Roots(process=str(tmp_path))))
    assert "No such file: /proc/self/uid_map" in report["user_namespace"]["error"]
    # Unknown, not "not remapped".
    assert report["user_namespace"]["remapped"] is None
    assert report["capabilities"]["error"] == "No such file: /proc/self/status"
    assert report["home"]["filesystem"] is None
    assert report["run_as"]["uid"] == os.getuid()
    assert not {"no-user-namespace", "root-not-remapped"} & {f["id"] for f in report["findings"]}


class StallingReader(Reader):
    """The real reader, with one path on a dead NFS mount: every call there blocks."""

    def __init__(self, stalled: str, release: threading.Event):
        super().__init__(timeout=0.3)
        self.stalled, self.release = stalled, release

    def _on_dead_mount(self, path: str) -> bool:
        return path == self.stalled or path.startswith(self.stalled + "/")

    def may_stall(self, located):
        return self._on_dead_mount(located) or super().may_stall(located)

    def call(self, function, what, path, located=""):
        if self._on_dead_mount(located or path):
            inner = function

            def function():
                self.release.wait(30)
                return inner()

        return super().call(function, what, path, located)


def test_a_stalled_home_costs_one_guard_and_leaves_a_sentence():
    release = threading.Event()
    home = collect(check_sudo=False)["run_as"]["home"]
    try:
        began = time.monotonic()
        first = assert_valid(build_report(reader=StallingReader(home, release), check_sudo=False))
        first_took = time.monotonic() - began
        began = time.monotonic()
        second = assert_valid(build_report(reader=StallingReader(home, release), check_sudo=False))
        second_took = time.monotonic() - began
    finally:
        release.set()
    assert first_took < 1.0, first_took  # one 0.3 s guard, not one per call
    assert "did not answer within 0.3 s" in first["home"]["error"]
    assert first["home"]["exists"] is None  # unknown, not missing
    assert first["metadata"]["error"]  # the rest of the report is there
    assert first["capabilities"]["bounding"] == second["capabilities"]["bounding"]
    # While the first call is still blocked, the path is not tried again.
    assert second_took < 0.3, second_took
    assert "was not tried" in second["home"]["error"]


@pytest.fixture
def world_readable_package():
    directory = world_readable_copy()
    yield directory
    shutil.rmtree(directory)


def report_as(uid: int, package: Path) -> dict:
    code = (
        "import json; from jupyterlab_isolation_info.collector.report import build_report; "
        "print(json.dumps(build_report()))"
    )
    completed = run_as(uid, uid, ["-c", code], package)
    assert completed.returncode == 0, completed.stderr
    return assert_valid(json.loads(completed.stdout))


@pytest.mark.root
def test_a_uid_without_a_passwd_entry_has_no_name_and_no_home(world_readable_package):
    report = report_as(4321, world_readable_package)
    assert report["run_as"]["uid"] == 4321
    assert report["run_as"]["user"] is None
    assert report["run_as"]["home"] is None
    assert "no passwd entry for uid 4321" in report["run_as"]["error"]
    assert report["home"]["exists"] is None  # no home is known, so its existence is not
    assert report["home"]["error"]
    assert report["run_as"]["sudo"] in ("no", "unknown")


@pytest.mark.root
def test_a_home_that_does_not_exist_is_a_sentence(world_readable_package):
    # Debian's nobody has the home /nonexistent.
    report = report_as(65534, world_readable_package)
    home = report["home"]
    assert home["path"] == "/nonexistent"
    assert home["exists"] is False
    assert home["error"] == "/nonexistent does not exist."
    assert not {"home-owner-mismatch", "home-world-readable"} & {
        f["id"] for f in report["findings"]
    }
