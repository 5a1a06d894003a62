"""Studio as users have it, in the sandbox: sudo, EFS under the home, credentials, walls.

Each case runs the CLI in a real sandbox (user, mount, network and pid namespaces) set up the
way the case needs, and checks the report against what the kernel's tools say in the same
sandbox. Active probes run only inside the sandbox's own network namespace.
"""

import json
import subprocess

from test_sandbox import SANDBOX, finding_ids, package_dir, run_in_sandbox  # noqa: F401

CREDENTIALS_URI = "/v2/credentials/sandbox-credentials-path-never-shown"
# Written into the token file by studio-sandbox --sa-token.
TOKEN_MARKER = "studio-sandbox-token-content-never-read"  # noqa: S105 - not a secret

# All three renderings of one report, after the JSON one.
ALL_OUTPUTS = (
    "echo '==text'; /usr/bin/python3 -m jupyterlab_isolation_info --fail-on never 2>&1; "
    "echo '==markdown'; /usr/bin/python3 -m jupyterlab_isolation_info --markdown 2>&1"
)


def severity(report, finding_id):
    return next(f["severity"] for f in report["findings"] if f["id"] == finding_id)


def test_sudo_in_a_remapped_container_is_container_root_only(package_dir):  # noqa: F811
    extra = "echo '==sudo'; sudo -n id -u; sudo -n cat /proc/self/uid_map"
    report, tools = run_in_sandbox(package_dir, "--sudo", extra=extra)
    sudo_uid, first_map_line = tools["sudo"].splitlines()[:2]
    assert sudo_uid == "0"  # sudo really works inside the user namespace
    assert first_map_line.split()[:2] == ["0", "100000"]
    assert report["run_as"]["sudo"] == "yes"
    assert report["run_as"]["root_host_uid"] == 100000
    assert severity(report, "sudo-root-remapped") == "info"
    assert "host uid 100000" in next(
        f["detail"] for f in report["findings"] if f["id"] == "sudo-root-remapped"
    )
    assert "sudo-to-host-root" not in finding_ids(report)


def test_sudo_where_root_is_not_remapped_is_host_root(package_dir):  # noqa: F811
    # Container ids 0-65535 are the same host ids: root here is host root.
    extra = "echo '==sudo'; sudo -n id -u"
    report, tools = run_in_sandbox(
        package_dir,
        "--sudo",
        "--uid-map",
        "0 0 65536",
        "--gid-map",
        "0 0 65536",
        extra=extra,
    )
    assert tools["sudo"].strip() == "0"
    assert report["run_as"]["uid"] == 1000
    assert report["run_as"]["root_host_uid"] == 0
    assert severity(report, "sudo-to-host-root") == "critical"
    assert "sudo-root-remapped" not in finding_ids(report)


def test_without_sudo_rules_sudo_is_refused_and_no_sudo_finding(package_dir):  # noqa: F811
    # The host's sudo is visible, but its owner (host root) is not mapped: setuid does nothing.
    report, _ = run_in_sandbox(package_dir)
    assert report["run_as"]["sudo"] == "no"
    assert "setuid bit has no effect" in report["run_as"]["sudo_detail"]
    assert not {"sudo-to-host-root", "sudo-root-remapped"} & finding_ids(report)


def test_an_efs_directory_owned_by_an_unmapped_uid_shows_as_nobody(package_dir):  # noqa: F811
    extra = (
        "echo '==efs'; stat -c '%u %g %a' \"$HOME/user-default-efs\"; "
        'findmnt -no FSTYPE "$HOME/user-default-efs"'
    )
    report, tools = run_in_sandbox(package_dir, "--user-efs", "300001", extra=extra)
    stat_line, fstype = tools["efs"].splitlines()[:2]
    owner_uid, owner_gid, mode = stat_line.split()
    efs = next(m for m in report["mounts"] if m["path"].endswith("/user-default-efs"))
    assert efs["role"] == "under-home"
    assert efs["filesystem"] == fstype.strip()
    assert efs["owner_uid"] == int(owner_uid) == 65534
    assert efs["owner_gid"] == int(owner_gid)
    assert efs["mode"] == mode.zfill(4) == "0700"
    assert efs["owner_unmapped"] is True
    assert efs["host_owner_uid"] is None  # not visible from inside: unknown, not guessed
    assert efs["writable"] is False
    assert {"mount-owner-unmapped", "home-mount-not-writable"} <= finding_ids(report)


def test_the_home_mount_is_listed_and_writable(package_dir):  # noqa: F811
    report, _ = run_in_sandbox(package_dir)
    home = next(m for m in report["mounts"] if m["role"] == "home")
    assert home["path"] == "/home/sagemaker-user"
    assert home["writable"] is True
    assert home["host_owner_uid"] == 200001
    app = [m for m in report["mounts"] if m["role"] == "app"]
    assert [m["path"] for m in app] == ["/opt/ml/metadata"]
    assert app[0]["read_only"] is True
    assert "home-mount-not-writable" not in finding_ids(report)


def test_the_credentials_variable_is_reported_present_and_its_value_never(package_dir):  # noqa: F811
    report, tools = run_in_sandbox(
        package_dir,
        "--sudo",
        "--setenv",
        f"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI={CREDENTIALS_URI}",
        extra=f"{ALL_OUTPUTS}; echo '==under_sudo'; sudo -n env | grep -c AWS_CONTAINER || true",
    )
    assert report["credentials"]["relative_uri_set"] is True
    assert report["credentials"]["status"] == "routable"
    assert report["credentials"]["method"] == "route"
    assert tools["under_sudo"].strip() == "0"  # what the finding says: sudo drops it
    assert "credentials-dropped-by-sudo" in finding_ids(report)
    for output in (json.dumps(report), tools["text"], tools["markdown"]):
        assert CREDENTIALS_URI not in output
        assert "sandbox-credentials-path" not in output
    assert "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI set  yes" in tools["text"]


def test_without_the_credentials_variable_it_is_reported_absent(package_dir):  # noqa: F811
    report, _ = run_in_sandbox(package_dir, "--sudo")
    assert report["credentials"]["relative_uri_set"] is False
    assert "credentials-dropped-by-sudo" not in finding_ids(report)


def test_an_unroutable_credentials_endpoint_is_a_warning(package_dir):  # noqa: F811
    report, _ = run_in_sandbox(
        package_dir,
        "--credentials",
        "blackhole",
        "--setenv",
        f"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI={CREDENTIALS_URI}",
    )
    assert report["credentials"]["status"] == "blocked"
    assert severity(report, "credentials-endpoint-blocked") == "warning"
    assert CREDENTIALS_URI not in json.dumps(report)


def test_an_active_probe_reaches_the_credentials_stand_in(package_dir):  # noqa: F811
    # Inside the sandbox's network namespace only; the stand-in accepts and closes.
    report, _ = run_in_sandbox(
        package_dir, "--credentials", "listener", cli_args=("--probe", "--probe-timeout", "1")
    )
    assert (report["credentials"]["status"], report["credentials"]["method"]) == (
        "reachable",
        "connect",
    )


def test_a_writable_runtime_socket_is_critical(package_dir):  # noqa: F811
    extra = (
        "echo '==sock'; stat -c '%F %a' /var/run/docker.sock; "
        "test -w /var/run/docker.sock && echo w"
    )
    report, tools = run_in_sandbox(package_dir, "--runtime-socket", "writable", extra=extra)
    assert tools["sock"].split("\n")[0] == "socket 666"
    assert "w" in tools["sock"].split()
    (socket,) = report["walls"]["runtime_sockets"]
    assert socket["path"] == "/var/run/docker.sock"
    assert (socket["runtime"], socket["is_socket"], socket["writable"]) == ("docker", True, True)
    assert severity(report, "runtime-socket-writable") == "critical"


def test_a_root_only_runtime_socket_is_a_warning(package_dir):  # noqa: F811
    report, _ = run_in_sandbox(package_dir, "--runtime-socket", "root-only")
    (socket,) = report["walls"]["runtime_sockets"]
    assert socket["writable"] is False
    assert severity(report, "runtime-socket-present") == "warning"
    assert "runtime-socket-writable" not in finding_ids(report)


def test_a_service_account_token_is_reported_present_and_never_read(package_dir):  # noqa: F811
    token = "/var/run/secrets/kubernetes.io/serviceaccount/token"  # noqa: S105
    # As container root (which may read a mode-0000 file it owns): the marker is still absent.
    extra = f"echo '==token'; stat -c '%a' {token}; cat {token}; {ALL_OUTPUTS}"
    report, tools = run_in_sandbox(package_dir, "--as-root", "--sa-token", extra=extra)
    mode, content = tools["token"].split()[:2]
    assert mode == "0"
    assert content == TOKEN_MARKER  # the file really holds it, and root here can read it
    assert report["walls"]["service_account_token"]["present"] is True
    assert severity(report, "service-account-token") == "warning"
    for output in (json.dumps(report), tools["text"], tools["markdown"]):
        assert TOKEN_MARKER not in output


def test_walls_match_the_kernel(package_dir):  # noqa: F811
    extra = "echo '==walls'; awk '/^Seccomp_filters/ {print $2}' /proc/self/status"
    report, tools = run_in_sandbox(package_dir, extra=extra)
    assert report["walls"]["seccomp_filters"] == int(tools["walls"].split()[0])
    assert report["walls"]["runtime_sockets"] == []
    assert report["walls"]["service_account_token"]["present"] is False


def test_sandbox_rejects_bad_new_options():
    for args in (["--credentials", "maybe"], ["--runtime-socket", "rw"], ["--user-efs", "x"]):
        result = subprocess.run(
            [str(SANDBOX), *args, "true"], capture_output=True, text=True, timeout=30, check=False
        )
        assert result.returncode == 2, args


def test_a_home_moved_by_recovery_mode_is_told(package_dir):  # noqa: F811
    # Recovery mode starts the app with HOME in a temporary directory.
    report, _ = run_in_sandbox(package_dir, "--setenv", "HOME=/tmp")
    assert report["context"]["home_env"] == "/tmp"
    assert report["context"]["home_moved"] is True
    assert report["run_as"]["home"] == "/home/sagemaker-user"  # from passwd, not $HOME
    assert "home-moved" in finding_ids(report)
    # Mounts at both homes are listed: the passwd home and the sandbox's own /tmp.
    roles = {m["path"]: m["role"] for m in report["mounts"]}
    assert roles["/home/sagemaker-user"] == "home"
    assert roles["/tmp"] == "home"
