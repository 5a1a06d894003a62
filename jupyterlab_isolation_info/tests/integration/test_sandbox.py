"""The CLI inside Studio-like sandboxes, checked against the kernel's own tools.

Each case runs scripts/studio-sandbox once: the standard-library CLI (Debian's python3, the
package copied to a world-readable place, since a remapped user cannot read under /root) and
`id`, `capsh --decode`, `stat`, `findmnt` and `ip route get` in the same sandbox.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from contract import assert_valid

REPO = Path(__file__).resolve().parents[3]
SANDBOX = REPO / "scripts" / "studio-sandbox"

PROBE_SCRIPT = r"""
/usr/bin/python3 -m jupyterlab_isolation_info --json "$@" > /tmp/report.json
echo "==id"; id -u; id -g; id -un
echo "==uid_map"; cat /proc/self/uid_map
echo "==capsh"; capsh --decode="$(awk '/^CapBnd/ {print $2}' /proc/self/status)"
echo "==stat"; stat -c '%u %g %a' "$HOME"
echo "==findmnt"; findmnt -no OPTIONS /opt/ml/metadata || echo none
echo "==route"; ip route get 169.254.169.254 2>&1 || true
echo "==route_efs"; ip route get 10.9.8.7 2>&1 || true
echo "==route6"; ip -6 route get fd00:ec2::254 2>&1 || true
echo "==namespaces"; readlink /proc/self/ns/user /proc/self/ns/mnt /proc/self/ns/net
echo "==extra"; eval "$EXTRA"
echo "==report"; cat /tmp/report.json
"""


@pytest.fixture(scope="module")
def package_dir():
    assert os.geteuid() == 0, "the sandbox integration tests need root (CI runs as root)"
    for tool in ("unshare", "nsenter", "setpriv", "capsh", "findmnt", "ip"):
        assert shutil.which(tool), f"{tool} is missing: `make test` installs it (util-linux, ...)"
    with tempfile.TemporaryDirectory(prefix="isolation-pkg-") as directory:
        target = Path(directory) / "jupyterlab_isolation_info"
        shutil.copytree(
            REPO / "jupyterlab_isolation_info",
            target,
            ignore=shutil.ignore_patterns("labextension", "tests", "__pycache__"),
        )
        # World-readable on purpose: the remapped sandbox user must read the copy.
        os.chmod(directory, 0o755)  # noqa: S103
        for path in target.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield directory


def run_in_sandbox(package_dir, *options, cli_args=(), env=None, extra="true"):
    """The report and the tools' sections; ``extra`` is more shell run after the CLI."""
    command = [
        str(SANDBOX),
        *options,
        "--ro-bind",
        f"{package_dir}:/tmp/pkg",
        "--setenv",
        "PYTHONPATH=/tmp/pkg",
        "--setenv",
        f"EXTRA={extra}",
        "--",
        "/bin/sh",
        "-c",
        PROBE_SCRIPT,
        "sh",
        *cli_args,
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=120, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
    sections = dict(re.findall(r"^==(\w+)\n(.*?)(?=^==|\Z)", result.stdout, re.S | re.M))
    return assert_valid(json.loads(sections.pop("report"))), sections


def endpoint(report, endpoint_id):
    return next(e for e in report["endpoints"] if e["id"] == endpoint_id)


def finding_ids(report):
    return {f["id"] for f in report["findings"]}


def test_default_sandbox_matches_the_kernel_tools(package_dir):
    report, tools = run_in_sandbox(package_dir)

    uid, gid, name = tools["id"].split()
    assert report["run_as"]["uid"] == int(uid) == 1000
    assert report["run_as"]["gid"] == int(gid) == 100
    assert report["run_as"]["user"] == name == "sagemaker-user"

    # host uid: the kernel's arithmetic over the uid_map the kernel shows.
    lines = [list(map(int, line.split())) for line in tools["uid_map"].splitlines()]
    inside, outside, _ = next(line for line in lines if line[0] <= 1000 < line[0] + line[2])
    assert report["user_namespace"]["host_uid"] == outside + (1000 - inside) == 200001
    assert report["user_namespace"]["remapped"] is True

    owner_uid, owner_gid, mode = tools["stat"].split()
    assert report["home"]["owner_uid"] == int(owner_uid)
    assert report["home"]["owner_gid"] == int(owner_gid)
    assert report["home"]["mode"] == mode.zfill(4)
    assert report["home"]["host_owner_uid"] == 200001
    assert report["home"]["owner_is_run_as"] is True

    assert "ro" in tools["findmnt"].strip().split(",")
    assert report["metadata"]["read_only"] is True
    assert report["metadata"]["fields"]["AppType"] == "JupyterLab"

    # Studio's blackhole rule: the kernel answers EINVAL, and so does `ip route get`.
    assert "Invalid argument" in tools["route"]
    assert endpoint(report, "imds-ipv4")["status"] == "blocked"
    assert endpoint(report, "imds-ipv4")["method"] == "route"
    assert "a blackhole rule" in endpoint(report, "imds-ipv4")["detail"]
    if "Invalid argument" in tools["route6"]:  # where the kernel has IPv6
        assert endpoint(report, "imds-ipv6")["status"] == "blocked"

    decoded = tools["capsh"].strip().split("=", 1)[1].upper().split(",")
    assert sorted(report["capabilities"]["bounding"]) == sorted(decoded)
    assert report["capabilities"]["beyond_docker_default"] == []
    assert report["capabilities"]["effective"] == []

    assert not {"root-not-remapped", "metadata-writable", "imds-routable"} & finding_ids(report)


def test_container_root_is_remapped_to_an_unprivileged_host_uid(package_dir):
    report, tools = run_in_sandbox(package_dir, "--as-root")
    assert tools["id"].split() == ["0", "0", "root"]
    assert report["user_namespace"]["host_uid"] == 100000
    assert "runs-as-root" in finding_ids(report)
    assert "root-not-remapped" not in finding_ids(report)
    assert report["metadata"]["fields"]["AppType"] == "KernelGateway"


def test_writable_metadata_is_found_out(package_dir):
    report, tools = run_in_sandbox(package_dir, "--metadata-writable")
    assert "rw" in tools["findmnt"].strip().split(",")
    assert report["metadata"]["read_only"] is False
    assert "metadata-writable" in finding_ids(report)


def test_no_metadata_means_not_in_studio(package_dir):
    report, tools = run_in_sandbox(package_dir, "--no-metadata")
    assert tools["findmnt"].strip() == "none"
    assert report["metadata"]["found"] is False
    assert "not-in-studio" in finding_ids(report)


def test_a_home_owned_by_an_unmapped_host_uid_shows_the_overflow_uid(package_dir):
    report, tools = run_in_sandbox(package_dir, "--home-host-owner", "4242:4242")
    owner_uid, _, _ = tools["stat"].split()
    assert int(owner_uid) == report["home"]["owner_uid"] == 65534
    assert report["home"]["owner_unmapped"] is True
    assert {"home-owner-unmapped", "home-owner-mismatch"} & finding_ids(report)


def test_a_home_owned_by_another_user_is_a_mismatch(package_dir):
    report, tools = run_in_sandbox(package_dir, "--home-owner", "1001:100")
    assert tools["stat"].split()[0] == "1001"
    assert report["home"]["owner_is_run_as"] is False
    assert "home-owner-mismatch" in finding_ids(report)


def test_a_world_readable_home_is_flagged(package_dir):
    report, tools = run_in_sandbox(package_dir, "--home-mode", "0755")
    assert tools["stat"].split()[2] == "755"
    assert "home-world-readable" in finding_ids(report)


@pytest.mark.parametrize("rule", ["prohibit", "unreachable", "blackhole"])
def test_every_route_rule_reads_as_blocked(package_dir, rule):
    report, tools = run_in_sandbox(package_dir, "--imds", rule)
    assert "via" not in tools["route"]
    assert endpoint(report, "imds-ipv4")["status"] == "blocked"


def test_without_a_rule_the_metadata_service_is_only_routable(package_dir):
    report, tools = run_in_sandbox(package_dir, "--imds", "none")
    assert "169.254.169.254 via" in tools["route"]
    assert endpoint(report, "imds-ipv4")["status"] == "routable"
    assert "imds-routable" in finding_ids(report)


def test_an_extra_capability_is_marked_beyond_docker_default(package_dir):
    report, tools = run_in_sandbox(package_dir, "--keep-cap", "CAP_SYS_ADMIN")
    assert "cap_sys_admin" in tools["capsh"]
    assert report["capabilities"]["beyond_docker_default"] == ["CAP_SYS_ADMIN"]
    assert "caps-beyond-docker-default" in finding_ids(report)


# Active probes, only inside the sandbox's own network namespace.


def test_an_active_probe_confirms_the_block(package_dir):
    report, _ = run_in_sandbox(package_dir, cli_args=("--probe", "--probe-timeout", "0.5"))
    imds = endpoint(report, "imds-ipv4")
    assert (imds["status"], imds["method"]) == ("blocked", "connect")


def test_an_answering_metadata_service_is_critical(package_dir):
    report, _ = run_in_sandbox(
        package_dir, "--imds", "listener", cli_args=("--probe", "--probe-timeout", "1")
    )
    imds = endpoint(report, "imds-ipv4")
    assert (imds["status"], imds["method"]) == ("reachable", "connect")
    critical = [f["id"] for f in report["findings"] if f["severity"] == "critical"]
    assert "imds-reachable" in critical


def host_mounts():
    with open("/proc/self/mountinfo") as mountinfo:
        return sorted(line.split(" ", 4)[4] for line in mountinfo)


def processes_in(namespaces):
    """Host pids of processes in any of the given namespaces ("user:[4026532…]", …)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        for kind in ("user", "mnt", "net"):
            try:
                if os.readlink(proc / "ns" / kind) in namespaces:
                    found.append(int(proc.name))
                    break
            except OSError:  # gone meanwhile, or a kernel thread
                break
    return found


def test_the_sandbox_leaves_nothing_behind(package_dir, tmp_path):
    # Namespace inodes are global: once the sandbox exits no host process may hold its
    # namespaces, the host's mount table is as before, and its temp dir is gone.
    mounts_before = host_mounts()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    _, tools = run_in_sandbox(package_dir, "--imds", "listener", env=env)
    namespaces = set(tools["namespaces"].split())
    assert len(namespaces) == 3
    assert namespaces.isdisjoint(os.readlink(f"/proc/self/ns/{k}") for k in ("user", "mnt", "net"))
    assert processes_in(namespaces) == []
    assert host_mounts() == mounts_before
    assert list(tmp_path.iterdir()) == []


def test_a_terminated_sandbox_leaves_nothing_behind(tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    script = "readlink /proc/self/ns/user /proc/self/ns/mnt /proc/self/ns/net; exec sleep 60"
    sandbox = subprocess.Popen(
        [str(SANDBOX), "--imds", "listener", "--", "/bin/sh", "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    namespaces = {sandbox.stdout.readline().strip() for _ in range(3)}
    assert len(namespaces) == 3
    assert processes_in(namespaces)  # running: pid 1, the stand-in listener, sleep
    sandbox.send_signal(signal.SIGTERM)
    assert sandbox.wait(timeout=30) == 128 + signal.SIGTERM
    sandbox.stdout.close()
    deadline = time.monotonic() + 5
    while processes_in(namespaces) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert processes_in(namespaces) == []
    assert list(tmp_path.iterdir()) == []


def test_an_efs_address_gets_a_route_rule(package_dir):
    _, plain = run_in_sandbox(package_dir)
    assert "10.9.8.7 via 10.255.255.1" in plain["route_efs"]
    _, tools = run_in_sandbox(package_dir, "--imds", "prohibit", "--efs-addr", "10.9.8.7")
    assert "Permission denied" in tools["route_efs"]  # a lookup only: no packet is sent


def test_usage_errors_exit_2():
    result = subprocess.run(
        [str(SANDBOX), "--imds", "sideways", "true"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "--imds must be" in result.stderr


def test_without_root_it_says_so(package_dir):
    # A copy, since the checkout itself may be unreadable to uid 65534 (a clone under /root).
    script = Path(package_dir) / "studio-sandbox"
    shutil.copy(SANDBOX, script)
    script.chmod(0o755)
    result = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", str(script), "true"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 125
    assert "needs root" in result.stderr


def test_without_user_namespaces_it_says_so(package_dir):
    # user.max_user_namespaces is per user namespace: 0 in a throwaway one, the host keeps its own.
    script = f'echo 0 > /proc/sys/user/max_user_namespaces && exec "{SANDBOX}" true'
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "/bin/sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 125, result.stderr
    assert "does not allow user namespaces" in result.stderr
