"""Where am I, mounts under the home, credentials, walls and sudo: parsers on verbatim text,
readers on real files and processes, findings on reports."""

import json
import os
import socket
import stat
import time
from pathlib import Path

import pytest
from contract import assert_valid

from jupyterlab_isolation_info.collector import (
    context,
    credentials,
    mounts,
    parse,
    read,
    render,
    walls,
)
from jupyterlab_isolation_info.collector.findings import derive_findings
from jupyterlab_isolation_info.collector.report import build_report

FIXTURES = Path(__file__).parent / "fixtures"
READER = read.Reader()
APP_ARN = "arn:aws:sagemaker:us-west-2:111122223333:app/d-xxxxxxxxxxxx/my-space/JupyterLab/default"
ROLE_ARN = "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-2024"


def fixture(case: str, name: str) -> str:
    return (FIXTURES / case / name).read_text()


def ids(findings):
    return [f["id"] for f in findings]


class TestArn:
    def test_an_app_arn_gives_every_part(self):
        assert context.parse_app_arn(APP_ARN) == {
            "partition": "aws",
            "service": "sagemaker",
            "region": "us-west-2",
            "account": "111122223333",
            "resource": "app/d-xxxxxxxxxxxx/my-space/JupyterLab/default",
            "domain": "d-xxxxxxxxxxxx",
            "owner": "my-space",
            "app_type": "JupyterLab",
            "app_name": "default",
        }

    @pytest.mark.parametrize("partition", ["aws", "aws-cn", "aws-us-gov"])
    def test_every_partition_is_read(self, partition):
        arn = APP_ARN.replace("arn:aws:", f"arn:{partition}:")
        assert context.parse_app_arn(arn)["partition"] == partition

    def test_a_role_arn_gives_the_role_name_without_its_path(self):
        assert context.parse_role_arn(ROLE_ARN) == "AmazonSageMaker-ExecutionRole-2024"
        assert context.parse_role_arn("arn:aws:iam::111122223333:role/Plain") == "Plain"

    @pytest.mark.parametrize(
        "value",
        [
            None,
            42,
            ["arn:aws:sagemaker"],
            {"arn": APP_ARN},
            "",
            "arn",
            "arn:aws",
            "not-an-arn:aws:sagemaker:us-west-2:111122223333:app/d/s/JupyterLab/default",
            "arn:aws:sagemaker:us-west-2:12345678901x:app/d/s/JupyterLab/default",
            "arn:aws:sagemaker:us-west-2:111122223333:app/d/s/JupyterLab",
            "arn:aws:sagemaker:us-west-2:111122223333:app//s/JupyterLab/default",
            "arn:aws:iam::111122223333:role/x",
            "arn:aws:sagemaker:us-west-2:111122223333:app/d/s/JupyterLab/" + "x" * 5000,
        ],
    )
    def test_odd_values_are_not_an_app_arn_and_never_raise(self, value):
        assert context.parse_app_arn(value) is None

    @pytest.mark.parametrize("value", [None, 7, APP_ARN, "arn:aws:iam::111122223333:user/bob"])
    def test_anything_but_a_role_arn_has_no_role_name(self, value):
        assert context.parse_role_arn(value) is None


class TestContext:
    def test_new_studio_from_the_fixture_metadata(self):
        fields = json.loads(fixture("studio-sagemaker-user", "metadata.json"))
        section = context.context_section(
            fields, {"HOME": "/home/sagemaker-user"}, "/home/sagemaker-user", None
        )
        assert section["studio"] == "new"
        assert section["in_studio"] is True
        assert (section["partition"], section["region"], section["account"]) == (
            "aws",
            "us-east-1",
            "111122223333",
        )
        assert section["domain"] == "d-abc123xyz456"
        assert section["space"] == "alice-space"
        assert section["user_profile"] == "alice"
        assert section["app_type"] == "JupyterLab"
        assert section["app_name"] == "default"
        assert section["execution_role"] == "AmazonSageMaker-ExecutionRole"
        assert section["home_moved"] is False
        assert section["error"] is None
        assert "New Studio" in section["meaning"]

    def test_classic_kernel_gateway_names_the_user_profile_from_the_arn(self):
        arn = "arn:aws:sagemaker:eu-west-1:111122223333:app/d-abc/alice/kernelgateway/ds-1"
        section = context.context_section({"ResourceArn": arn}, {}, "/root", None)
        assert section["studio"] == "classic"
        assert section["user_profile"] == "alice"
        assert section["space"] is None
        assert "KernelGateway" in section["meaning"]
        assert "studio-classic" in ids(derive_findings({"context": section}))

    def test_without_metadata_the_allow_listed_variables_still_tell_something(self):
        environment = {"SAGEMAKER_SPACE_NAME": "s1", "AWS_DEFAULT_REGION": "ap-south-1"}
        section = context.context_section(None, environment, "/home/u", None)
        assert (section["space"], section["region"], section["in_studio"]) == (
            "s1",
            "ap-south-1",
            False,
        )

    def test_a_moved_home_is_noticed(self):
        section = context.context_section(
            {}, {"HOME": "/tmp/recovery"}, "/home/sagemaker-user", None
        )
        assert section["home_moved"] is True
        assert "home-moved" in ids(derive_findings({"context": section}))

    @pytest.mark.parametrize(
        ("fields", "sentence"),
        [
            ({"ResourceArn": 12}, "ResourceArn is not an app ARN"),
            ({"ResourceArn": "arn:aws:s3:::bucket"}, "ResourceArn is not an app ARN"),
            ({"ExecutionRoleArn": ["x"]}, "ExecutionRoleArn is not an IAM role ARN"),
            ({"ResourceArn": "a" * 100000}, "ResourceArn is not an app ARN"),
        ],
    )
    def test_odd_arns_give_a_sentence(self, fields, sentence):
        section = context.context_section(fields, {}, None, None)
        assert sentence in section["error"]

    def test_hostile_values_are_cut_and_stripped_of_control_characters(self):
        section = context.context_section(
            {"AppType": "JupyterLab\x1b[31m", "SpaceName": "s" * 1000, "DomainId": 5},
            {},
            None,
            None,
        )
        assert "\x1b" not in section["app_type"]
        assert len(section["space"]) == context.MAX_VALUE_LENGTH
        assert section["domain"] is None
        assert section["studio"] == "other"

    def test_only_allow_listed_names_are_read(self, monkeypatch):
        monkeypatch.setenv("AWS_REGION", "eu-central-1")
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-for-the-report")
        values = read.Reader().environment_allowlisted(context.ALLOWED_ENVIRONMENT)
        assert values["AWS_REGION"] == "eu-central-1"
        assert "AWS_SECRET_ACCESS_KEY" not in values


class TestMountSelection:
    def test_studio_efs_access_point_under_the_ebs_home(self):
        table = parse.parse_mountinfo(fixture("studio-efs-access-point", "mountinfo"))
        chosen = mounts.mounts_of_interest(table, ["/home/sagemaker-user"])
        assert [(m["mount_point"], m["filesystem"], role) for m, role in chosen] == [
            ("/opt/ml/metadata", "xfs", "app"),
            ("/home/sagemaker-user", "ext4", "home"),
            ("/home/sagemaker-user/user-default-efs", "nfs4", "under-home"),
        ]
        efs = chosen[2][0]
        assert efs["mount_source"] == "fs-0123456789abcdef0.efs.us-east-1.amazonaws.com:/"
        assert parse.nfs_addresses(table)[0]["address"] == "10.0.45.67"

    def test_efs_utils_tls_mounts_through_localhost(self):
        table = parse.parse_mountinfo(fixture("efs-utils-tls", "mountinfo"))
        ((mount, role),) = mounts.mounts_of_interest(table, ["/home/sagemaker-user/"])
        assert role == "under-home"
        assert mount["mount_source"] == "127.0.0.1:/"
        assert "port=20279" in mount["super_options"]
        assert parse.nfs_addresses(table)[0]["address"] == "127.0.0.1"

    def test_the_sandbox_capture(self):
        table = parse.parse_mountinfo(fixture("sandbox-user-efs", "mountinfo"))
        chosen = mounts.mounts_of_interest(table, ["/home/sagemaker-user"])
        assert [(m["mount_point"], role) for m, role in chosen] == [
            ("/opt/ml/metadata", "app"),
            ("/home/sagemaker-user", "home"),
            ("/home/sagemaker-user/user-default-efs", "under-home"),
        ]
        assert "uid=300001" in chosen[2][0]["super_options"]

    def test_a_second_home_and_a_path_prefix_that_is_not_a_parent(self):
        table = parse.parse_mountinfo(
            "1 0 0:1 / / rw - ext4 /dev/a rw\n"
            "2 1 0:2 / /home/user2 rw - ext4 /dev/b rw\n"
            "3 1 0:3 / /tmp/recovery/x rw - tmpfs t rw\n"
            "4 1 0:4 / /opt/mlflow rw - tmpfs t rw\n"
        )
        chosen = mounts.mounts_of_interest(table, ["/home/user", "/tmp/recovery"])
        assert [(m["mount_point"], role) for m, role in chosen] == [
            ("/tmp/recovery/x", "under-home")
        ]


def _mount(path: str) -> dict:
    return {
        "mount_point": str(path),
        "filesystem": "tmpfs",
        "mount_source": "t",
        "mount_options": ["rw"],
        "super_options": ["rw"],
    }


class TestMountEntry:
    def test_owner_mode_and_writability_are_measured(self, tmp_path):
        tmp_path.chmod(0o700)
        entry = mounts.mount_entry(
            READER, _mount(tmp_path), "under-home", parse.IDENTITY_MAP, 65534
        )
        info = tmp_path.stat()
        assert entry["owner_uid"] == info.st_uid
        assert entry["mode"] == "0700"
        assert entry["writable"] is os.access(tmp_path, os.W_OK)
        assert entry["host_owner_uid"] == info.st_uid
        assert entry["owner_unmapped"] is False

    def test_an_owner_showing_as_the_overflow_id_has_no_host_owner(self, tmp_path):
        overflow = tmp_path.stat().st_uid  # as if our own uid were the overflow id
        entry = mounts.mount_entry(
            READER, _mount(tmp_path), "under-home", parse.IDENTITY_MAP, overflow
        )
        assert entry["owner_unmapped"] is True
        assert entry["host_owner_uid"] is None

    def test_a_mount_point_that_is_gone_gives_a_sentence(self, tmp_path):
        entry = mounts.mount_entry(READER, _mount(tmp_path / "gone"), "home", None, 65534)
        assert entry["error"] == f"{tmp_path / 'gone'} does not exist."
        assert entry["writable"] is None

    def test_an_unreadable_mount_gives_a_sentence(self, tmp_path):
        # A mount point under a directory we may not search (run as another user by CI's root
        # this is EACCES; as root, a dangling symlink gives the same kind of sentence).
        link = tmp_path / "efs"
        link.symlink_to(tmp_path / "nowhere")
        entry = mounts.mount_entry(READER, _mount(link), "under-home", None, 65534)
        assert entry["error"] and entry["owner_uid"] is None


class TestWallsParsing:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("docker-default (enforce)\n", ("docker-default", "apparmor", "enforce")),
            (
                "cri-containerd.apparmor.d (enforce)\n",
                ("cri-containerd.apparmor.d", "apparmor", "enforce"),
            ),
            ("unconfined\n", ("unconfined", "apparmor", None)),
            ("system_u:system_r:container_t:s0:c123,c456\x00", None),
            ("", (None, None, None)),
            (None, (None, None, None)),
        ],
    )
    def test_security_labels(self, text, expected):
        parsed = walls.parse_security_label(text.strip("\x00") if text else text)
        if expected is None:
            expected = ("system_u:system_r:container_t:s0:c123,c456", "selinux", None)
        assert (parsed["label"], parsed["kind"], parsed["mode"]) == expected

    @pytest.mark.parametrize(
        ("case", "filters"),
        [("host-root", 0), ("docker-root-seccomp", 1), ("studio-sagemaker-user", 0)],
    )
    def test_seccomp_filters_from_status(self, case, filters):
        status = parse.parse_status(fixture(case, "status"))
        assert walls.parse_seccomp_filters(status.get("Seccomp_filters")) == filters

    @pytest.mark.parametrize("value", [None, "", "x", "-1"])
    def test_odd_seccomp_filters_are_unknown(self, value):
        assert walls.parse_seccomp_filters(value) is None

    @pytest.mark.parametrize(
        ("case", "proc_sys", "cgroup"),
        [
            ("studio-efs-access-point", True, True),
            ("studio-sagemaker-user", False, True),
            ("sandbox-user-efs", False, False),
        ],
    )
    def test_proc_sys_and_cgroup_read_only_from_mountinfo(self, case, proc_sys, cgroup):
        table = parse.parse_mountinfo(fixture(case, "mountinfo"))
        assert walls.mount_read_only(table, "/proc/sys") is proc_sys
        assert walls.mount_read_only(table, "/sys/fs/cgroup") is cgroup

    def test_no_mountinfo_means_unknown(self):
        assert walls.mount_read_only(None, "/proc/sys") is None


@pytest.fixture
def unix_socket(tmp_path):
    path = tmp_path / "docker.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    yield path
    server.close()


class TestWallsReaders:
    def test_a_socket_is_found_and_its_writability_asked_of_the_kernel(self, unix_socket):
        entry = walls.socket_entry(READER, str(unix_socket), "docker")
        assert entry["is_socket"] is True
        assert entry["writable"] is os.access(unix_socket, os.W_OK)
        assert entry["symlink_to"] is None

    def test_a_symlinked_socket_names_its_target(self, unix_socket, tmp_path):
        link = tmp_path / "run-docker.sock"
        link.symlink_to(unix_socket)
        entry = walls.socket_entry(READER, str(link), "docker")
        assert entry["symlink_to"] == str(unix_socket)
        assert entry["is_socket"] is True

    def test_a_dangling_symlink_gives_a_sentence(self, tmp_path):
        link = tmp_path / "docker.sock"
        link.symlink_to(tmp_path / "gone.sock")
        entry = walls.socket_entry(READER, str(link), "docker")
        assert entry["error"] == f"{link} does not exist."
        assert entry["is_socket"] is None

    def test_a_symlink_loop_gives_a_sentence(self, tmp_path):
        link = tmp_path / "docker.sock"
        link.symlink_to(link)
        entry = walls.socket_entry(READER, str(link), "docker")
        assert "symbolic link loop" in entry["error"]

    def test_a_regular_file_is_not_a_socket(self, tmp_path):
        path = tmp_path / "docker.sock"
        path.write_text("")
        entry = walls.socket_entry(READER, str(path), "docker")
        assert (entry["is_socket"], entry["writable"]) == (False, None)

    def test_nothing_there_is_no_entry(self, tmp_path):
        assert walls.socket_entry(READER, str(tmp_path / "none.sock"), "docker") is None
        assert walls.socket_entry(READER, str(tmp_path / "file" / "x.sock"), "docker") is None

    def test_a_token_is_reported_present_without_being_read(self, tmp_path):
        marker = "token-content-that-must-not-appear"
        token = tmp_path / "token"
        token.write_text(marker)
        token.chmod(0)
        section = walls.walls_section(
            READER,
            {},
            None,
            sockets=((str(tmp_path / "none.sock"), "docker"),),
            token_path=str(token),
        )
        assert section["service_account_token"] == {
            "path": str(token),
            "present": True,
            "error": None,
        }
        assert marker not in json.dumps(section)
        assert stat.S_IMODE(token.stat().st_mode) == 0  # untouched

    def test_one_socket_behind_two_paths_is_reported_once(self, unix_socket, tmp_path):
        link = tmp_path / "link.sock"
        link.symlink_to(unix_socket)
        section = walls.walls_section(
            READER, {}, None, sockets=((str(unix_socket), "docker"), (str(link), "docker"))
        )
        assert len(section["runtime_sockets"]) == 1
        assert section["error"]  # no mountinfo: read-only facts unknown, said so


def _fake_sudo(tmp_path, body: str) -> str:
    path = tmp_path / "sudo"
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return str(path)


class StandInSudo(read.Reader):
    """The real reader, answering the sudo check as told (an injected answer)."""

    def sudo(self, uid, run=True):
        return "unknown", "injected sentence"


class TestSudoCheck:
    """A stand-in sudo (a real process) plays each answer."""

    @pytest.mark.parametrize(
        ("body", "answer", "sentence"),
        [
            ("exit 0", "yes", "succeeded"),
            ("echo 'sudo: a password is required' >&2; exit 1", "no", "password"),
            ("echo 'u is not in the sudoers file.' >&2; exit 1", "no", "sudoers"),
            ("echo 'sudo: unable to change to root gid' >&2; exit 1", "unknown", "exit status 1"),
            (
                "echo 'sudo: /usr/bin/sudo must be owned by uid 0 and have the setuid bit set' >&2;"
                " exit 1",
                "no",
                "setuid bit has no effect",
            ),
        ],
    )
    def test_answers(self, tmp_path, body, answer, sentence):
        result = read.sudo_check(_fake_sudo(tmp_path, body))
        assert result[0] == answer
        assert sentence in result[1]

    def test_a_sudo_that_hangs_is_given_up_on(self, tmp_path):
        started = time.monotonic()
        answer, sentence = read.sudo_check(_fake_sudo(tmp_path, "exec sleep 60"), timeout=0.3)
        assert (answer, sentence) == ("unknown", "`sudo -n true` did not finish within 0.3 s.")
        assert time.monotonic() - started < 10  # returned, rather than waiting out the sleep

    def test_no_sudo_installed(self, tmp_path):
        reader = read.Reader(read.Roots(fs=str(tmp_path)))
        assert reader.sudo(1000) == ("no", "sudo is not installed.")

    def test_root_needs_no_sudo(self):
        assert READER.sudo(0)[0] == "yes"

    def test_the_check_runs_once_per_process(self, tmp_path):
        runs = tmp_path / "runs"
        (tmp_path / "usr" / "bin").mkdir(parents=True)
        sudo = tmp_path / "usr" / "bin" / "sudo"
        sudo.write_text(f"#!/bin/sh\necho run >> {runs}\nexit 0\n")
        sudo.chmod(0o755)
        reader = read.Reader(read.Roots(fs=str(tmp_path)))
        assert reader.sudo(1000)[0] == "yes"
        assert read.Reader(read.Roots(fs=str(tmp_path))).sudo(1000)[0] == "yes"
        assert runs.read_text() == "run\n"

    def test_captured_files_run_no_sudo(self):
        assert READER.sudo(1000, run=False) == ("unknown", None)

    def test_an_injected_check_reaches_the_report(self):
        report = assert_valid(build_report(reader=StandInSudo()))
        # As root no sudo is needed; the injected answer shows as a non-root user's would.
        assert report["run_as"]["sudo"] == "unknown"
        assert report["run_as"]["sudo_detail"] == "injected sentence"


class TestFindings:
    @pytest.mark.parametrize(
        ("root_host_uid", "expected"),
        [(0, ["sudo-to-host-root"]), (100000, ["sudo-root-remapped"]), (None, [])],
    )
    def test_sudo_tells_whose_root_it_gives(self, root_host_uid, expected):
        run_as = {"uid": 1000, "sudo": "yes", "root_host_uid": root_host_uid}
        assert ids(derive_findings({"run_as": run_as})) == expected

    @pytest.mark.parametrize("sudo", ["no", "unknown"])
    def test_no_sudo_no_finding(self, sudo):
        run_as = {"uid": 1000, "sudo": sudo, "root_host_uid": 0}
        assert ids(derive_findings({"run_as": run_as})) == []

    def test_root_itself_gets_the_identity_finding_not_a_sudo_one(self):
        run_as = {"uid": 0, "sudo": "yes", "root_host_uid": 0}
        assert "sudo-to-host-root" not in ids(derive_findings({"run_as": run_as}))

    def test_severity_of_sudo_to_host_root_is_critical(self):
        run_as = {"uid": 1000, "sudo": "yes", "root_host_uid": 0}
        (finding,) = derive_findings({"run_as": run_as})
        assert finding["severity"] == "critical"

    def test_credentials(self):
        blocked = {
            **credentials.empty_section(),
            "relative_uri_set": True,
            "status": "blocked",
            "detail": "The kernel refuses the route (EINVAL): a blackhole rule.",
        }
        run_as = {"uid": 1000, "sudo": "yes", "root_host_uid": 100000}
        found = ids(derive_findings({"credentials": blocked, "run_as": run_as}))
        assert "credentials-endpoint-blocked" in found
        assert "credentials-dropped-by-sudo" in found
        unset = {**blocked, "relative_uri_set": False}
        found = ids(derive_findings({"credentials": unset, "run_as": run_as}))
        assert not {"credentials-endpoint-blocked", "credentials-dropped-by-sudo"} & set(found)

    def test_mounts(self):
        efs = {
            "path": "/home/sagemaker-user/user-default-efs",
            "role": "under-home",
            "filesystem": "nfs4",
            "owner_unmapped": True,
            "writable": False,
            "read_only": False,
        }
        app = {**efs, "path": "/opt/ml/metadata", "role": "app"}
        assert ids(derive_findings({"mounts": [efs, app]})) == [
            "mount-owner-unmapped",
            "home-mount-not-writable",
        ]

    def test_walls(self):
        section = {
            **walls.empty_section(),
            "runtime_sockets": [
                {
                    "path": "/var/run/docker.sock",
                    "runtime": "docker",
                    "is_socket": True,
                    "writable": True,
                },
                {
                    "path": "/run/containerd/containerd.sock",
                    "runtime": "containerd",
                    "is_socket": True,
                    "writable": False,
                },
            ],
            "service_account_token": {"path": "t", "present": True, "error": None},
            "proc_sys_read_only": False,
            "security_label": {"label": "unconfined", "kind": "apparmor", "mode": None},
        }
        run_as = {"uid": 0, "root_host_uid": 0}
        found = derive_findings({"walls": section, "run_as": run_as})
        assert [(f["id"], f["severity"]) for f in found] == [
            ("runtime-socket-writable", "critical"),
            ("runtime-socket-present", "warning"),
            ("service-account-token", "warning"),
            ("kernel-settings-writable", "warning"),
            ("no-security-profile", "info"),
        ]
        remapped = derive_findings({"walls": section, "run_as": {"uid": 0, "root_host_uid": 1}})
        assert "kernel-settings-writable" not in ids(remapped)


class TestReportAndRendering:
    def test_the_new_sections_are_in_every_report(self):
        report = assert_valid(build_report(metadata_path="/nonexistent/metadata.json"))
        assert {"mounts", "credentials", "context", "walls"} <= set(report)
        assert report["run_as"]["root_host_uid"] == parse.map_to_host(
            0, parse.parse_id_map(read.Reader().read_text("/proc/self/uid_map"))
        )
        assert report["credentials"]["method"] == "route"  # passive by default
        assert report["errors"] == {}

    def test_text_and_markdown_show_the_new_facts_as_text(self):
        report = build_report(metadata_path="/nonexistent/metadata.json")
        report["context"] = context.context_section(
            {"ResourceArn": APP_ARN, "SpaceName": "a|b"}, {}, None, None
        )
        text, markdown = render.to_text(report), render.to_markdown(report)
        for title in ("Where am I", "Mounts at the home and /opt/ml", "Credentials", "Walls"):
            assert title in text
            assert f"### {title}" in markdown
        assert "Root (uid 0) on the host" in text
        assert "| Space | a\\|b |" in markdown
        assert "111122223333" in text
