"""The readers on real files in tmp_path: every odd kind of file gives a sentence, never a hang."""

import errno
import logging
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from as_other_user import run_as, world_readable_copy

from jupyterlab_isolation_info.collector import errors, guard, read, workers

NOBODY = 65534


def make(kind: str, directory: Path) -> Path:
    """A path in directory that holds one kind of (bad) input."""
    path = directory / "resource-metadata.json"
    if kind == "regular":
        path.write_text('{"AppType": "JupyterLab"}')
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "huge":
        path.write_bytes(b'{"pad": "' + b"x" * (2 * 1024 * 1024) + b'"}')
    elif kind == "exactly-the-limit":
        path.write_bytes(b" " * read.MAX_METADATA_BYTES)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "dangling-symlink":
        path.symlink_to(directory / "nowhere.json")
    elif kind == "symlink-loop":
        path.symlink_to(path)
    elif kind == "socket":
        import socket

        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    elif kind == "device":
        return Path("/dev/null")
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("missing", "No such file"),
        ("huge", "larger than 1024 KiB"),
        ("fifo", "is a FIFO"),
        ("directory", "is a directory"),
        ("dangling-symlink", "is a symbolic link to .*nowhere.json, which does not exist"),
        ("symlink-loop", "symbolic link loop"),
        ("socket", "is a socket"),
        ("device", "is a device"),
    ],
)
def test_bad_files_raise_a_sentence_quickly(kind, message, tmp_path):
    path = make(kind, tmp_path)
    started = time.monotonic()
    with pytest.raises(read.ReadError, match=message):
        read.Reader().read_bytes(str(path))
    assert time.monotonic() - started < 1.0  # a FIFO without a writer must not block


@pytest.mark.parametrize(
    ("kind", "size"), [("regular", 25), ("empty", 0), ("exactly-the-limit", 1024 * 1024)]
)
def test_regular_files_up_to_the_limit_are_read(kind, size, tmp_path):
    assert len(read.Reader().read_bytes(str(make(kind, tmp_path)))) == size


def test_proc_files_report_size_zero_but_are_read():
    assert read.Reader().read_text("/proc/self/status").startswith("Name:")


def test_non_utf8_text_is_a_sentence(tmp_path):
    path = tmp_path / "status"
    path.write_bytes(b"Name:\t\xff\n")
    with pytest.raises(read.ReadError, match="not UTF-8"):
        read.Reader().read_text(str(path))


def test_stat_of_a_missing_home_is_a_sentence(tmp_path):
    with pytest.raises(read.ReadError, match="does not exist"):
        read.Reader().stat(str(tmp_path / "no-home"))


def test_a_call_that_blocks_is_cut_at_the_timeout():
    started = time.monotonic()
    with pytest.raises(read.ReadError, match=r"did not answer within 0.2 s"):
        guard.with_timeout(lambda: time.sleep(5), 0.2, "stat of /home/stalled")
    assert time.monotonic() - started < 1.0


def test_errors_inside_the_timed_call_are_raised_as_they_are():
    with pytest.raises(ZeroDivisionError):
        guard.with_timeout(lambda: 1 / 0, 1.0, "a division")


def test_statvfs_sees_proc_as_read_write_and_sysfs_flags():
    assert read.Reader().statvfs_read_only("/proc/self/status") is False


def test_unknown_uid_and_gid_have_no_names():
    reader = read.Reader()
    assert reader.user_by_uid(4_000_000_000) is None
    assert reader.group_name(4_000_000_000) is None
    assert reader.user_by_uid(0).name == "root"


def test_passwd_and_group_files_as_roots(tmp_path):
    (tmp_path / "passwd").write_text("alice:x:1000:100:Alice:/home/alice:/bin/sh\n")
    (tmp_path / "group").write_text("users:x:100:alice\n")
    reader = read.Reader(read.Roots(passwd=str(tmp_path / "passwd"), group=str(tmp_path / "group")))
    assert reader.user_by_uid(1000) == ("alice", "/home/alice")
    assert reader.user_by_uid(0) is None
    assert reader.group_name(100) == "users"


def test_sudo_as_root_needs_no_prompt():
    assert read.Reader().sudo(0)[0] == "yes"


def test_a_stalled_path_is_not_tried_again_while_its_first_call_is_blocked():
    """One stuck thread per stalled mount: later calls there answer at once, with a sentence."""
    release = threading.Event()
    started = []

    def blocked():
        started.append(threading.current_thread())
        release.wait(10)

    try:
        with pytest.raises(read.ReadError, match=r"did not answer within 0\.2 s"):
            guard.with_timeout(blocked, 0.2, "stat of /mnt/efs", "/mnt/efs")
        began = time.monotonic()
        for path in ("/mnt/efs", "/mnt/efs/user-default-efs", "/mnt"):
            with pytest.raises(read.ReadError, match="was not tried: an earlier call there"):
                guard.with_timeout(blocked, 0.2, f"stat of {path}", path)
        assert time.monotonic() - began < 0.1
        assert len(started) == 1
        # Elsewhere is not affected.
        assert guard.with_timeout(lambda: 42, 0.2, "stat of /home", "/home") == 42
    finally:
        release.set()
    # Once the first call returns (its worker lives on for the next call), the path may be
    # tried again.
    deadline = time.monotonic() + 5
    while True:
        try:
            assert guard.with_timeout(lambda: "back", 0.2, "stat of /mnt/efs", "/mnt/efs") == "back"
            break
        except read.Stalled:
            assert time.monotonic() < deadline, "the path stayed marked after its call returned"
            time.sleep(0.01)


@pytest.fixture
def world_readable_package():
    directory = world_readable_copy()
    yield directory
    shutil.rmtree(directory)


@pytest.mark.root
def test_an_unreadable_file_is_a_permission_sentence(world_readable_package):
    secret = world_readable_package / "secret.json"
    secret.write_text("{}")
    os.chmod(secret, 0o000)
    code = (
        "from jupyterlab_isolation_info.collector import read\n"
        "try:\n"
        f"    read.Reader().read_bytes({str(secret)!r})\n"
        "except read.ReadError as error:\n"
        "    print(error)\n"
    )
    completed = run_as(NOBODY, NOBODY, ["-c", code], world_readable_package)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"Permission denied: {secret} cannot be read by this user."


def test_with_bare_python_the_collector_imports_only_the_standard_library(world_readable_package):
    code = (
        "import sys\n"
        "sys.path.insert(0, '.')\n"
        "before = set(sys.modules)\n"
        "from jupyterlab_isolation_info import cli\n"
        "from jupyterlab_isolation_info.collector import kernels, report\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "print(sorted(new - set(sys.stdlib_module_names) - {'jupyterlab_isolation_info'}))\n"
    )
    completed = subprocess.run(
        ["/usr/bin/python3", "-I", "-c", code],
        cwd=world_readable_package,
        capture_output=True,
        text=True,
        check=True,
    )
    assert completed.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("kind", "error_type"),
    [
        ("missing", read.NotFound),
        ("dangling-symlink", read.DanglingSymlink),
        ("huge", read.TooLarge),
        ("fifo", read.NotARegularFile),
        ("directory", read.NotARegularFile),
        ("symlink-loop", read.SymlinkLoop),
        ("socket", read.NotARegularFile),
        ("device", read.NotARegularFile),
    ],
)
def test_each_bad_file_raises_its_own_kind_of_read_error(kind, error_type, tmp_path):
    with pytest.raises(error_type):
        read.Reader().read_bytes(str(make(kind, tmp_path)))


def test_a_dangling_symlink_is_not_found_and_keeps_its_sentence(tmp_path):
    path = make("dangling-symlink", tmp_path)
    with pytest.raises(read.NotFound, match=r"is a symbolic link to .*which does not exist"):
        read.Reader().read_bytes(str(path))


def test_a_missing_stat_is_not_found_and_a_captured_question_is_not_captured(tmp_path):
    with pytest.raises(read.NotFound, match="does not exist"):
        read.Reader().stat(str(tmp_path / "no-home"))
    (tmp_path / "stat").write_text("/home/u|1000|100|41ed\n")
    captured = read.Reader(read.Roots(stat_snapshot=str(tmp_path / "stat")))
    with pytest.raises(read.NotCaptured):
        captured.writable("/home/u")


EFS_MOUNTINFO = (
    "30 1 0:30 / / rw,relatime - overlay overlay rw,lowerdir=/l,upperdir=/u,workdir=/w\n"
    "31 30 0:31 / /proc rw,nosuid - proc proc rw\n"
    "40 30 259:1 / /home/sagemaker-user rw,relatime - ext4 /dev/nvme1n1 rw\n"
    "41 40 0:50 /u /home/sagemaker-user/user-default-efs rw,relatime - nfs4 "
    "127.0.0.1:/u rw,vers=4.1,addr=127.0.0.1\n"
    "42 30 0:51 / /mnt/sshfs rw - fuse.sshfs host: rw\n"
)


@pytest.mark.parametrize(
    ("path", "may_stall"),
    [
        ("/proc/self/status", False),
        ("/sys/fs/cgroup/memory.max", False),
        ("/opt/ml/metadata/resource-metadata.json", False),  # overlay
        ("/home/sagemaker-user", False),  # ext4
        ("/home/sagemaker-user/user-default-efs", True),  # nfs4
        ("/home/sagemaker-user/user-default-efs/notes.txt", True),
        ("/mnt/sshfs/x", True),  # fuse.*
        ("relative/path", False),  # resolved against the working directory, on /
    ],
)
def test_only_network_and_unknown_file_systems_are_guarded(path, may_stall, efs_machine):
    reader = read.Reader()
    assert reader.may_stall(path) is may_stall


def test_without_a_mount_table_every_path_outside_proc_and_sys_is_guarded(
    own_mountinfo, tmp_path, caplog, monkeypatch
):
    own_mountinfo.write_text(f"not a mountinfo line {tmp_path.name}\n")
    reader = read.Reader()
    # Where the records go, whether or not a server routed the package's log elsewhere.
    collector_log = logging.getLogger("jupyterlab_isolation_info.collector")
    monkeypatch.setattr(collector_log, "propagate", False)
    collector_log.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.DEBUG, logger=collector_log.name):
            assert reader.may_stall("/home/sagemaker-user") is True
            assert reader.may_stall("/home/sagemaker-user/notes.txt") is True
            assert read.Reader().may_stall("/home") is True
    finally:
        collector_log.removeHandler(caplog.handler)
    assert reader.may_stall("/proc/self/status") is False
    # Guarding every call is an answer, not a report: the failure behind it is logged, once,
    # with the traceback of the parse that failed.
    logged = [r for r in caplog.records if "mount table could not be read" in r.getMessage()]
    assert len(logged) == 1
    assert logged[0].levelno == logging.WARNING
    assert logged[0].exc_info[0] is ValueError
    assert tmp_path.name in logged[0].getMessage()


@pytest.fixture
def own_mountinfo(tmp_path, monkeypatch) -> Path:
    """A file standing in for this process's /proc/self/mountinfo (what decides the guard)."""
    mountinfo = tmp_path / "own-mountinfo"
    monkeypatch.setattr(read, "OWN_MOUNTINFO", str(mountinfo))
    return mountinfo


@pytest.fixture
def efs_machine(own_mountinfo) -> Path:
    """This process seen as on a Studio machine: the home on ext4, an EFS mount under it."""
    own_mountinfo.write_text(EFS_MOUNTINFO)
    return own_mountinfo


def test_a_mount_table_that_changed_is_read_anew(tmp_path, monkeypatch):
    """Collections share the parsed table while it is the same text; a new NFS mount at the
    home (mounted between two collections) is guarded from the next collection on."""
    mountinfo = tmp_path / "mountinfo"
    monkeypatch.setattr(read, "OWN_MOUNTINFO", str(mountinfo))
    local_only = "".join(EFS_MOUNTINFO.splitlines(keepends=True)[:3])
    mountinfo.write_text(local_only)
    first, second = read.Reader(), read.Reader()
    assert first.may_stall("/home/sagemaker-user/user-default-efs/notes.txt") is False
    assert second.own_mountinfo() is first.own_mountinfo()  # parsed once
    mountinfo.write_text(EFS_MOUNTINFO)
    assert read.Reader().may_stall("/home/sagemaker-user/user-default-efs/notes.txt") is True
    assert first.may_stall("/home/sagemaker-user/user-default-efs/notes.txt") is False


def counted_submits(monkeypatch) -> list:
    """Each call handed to a worker, which still runs it."""
    calls = []
    original = workers.submit
    monkeypatch.setattr(workers, "submit", lambda *a, **k: calls.append(a) or original(*a, **k))
    return calls


def test_this_machines_proc_and_local_files_are_read_directly(tmp_path, monkeypatch):
    """No worker is asked for /proc or a file on a local disk (this test's tmp_path)."""
    reader = read.Reader()
    before = threading.active_count()
    calls = counted_submits(monkeypatch)
    reader.proc_text("status")
    if not reader.may_stall(str(tmp_path)):
        reader.stat(str(tmp_path))
    assert calls == []
    assert threading.active_count() == before


def test_guarded_calls_reuse_a_long_lived_worker():
    """A thread per call cost more than the calls it guarded: the worker waits for the next."""
    threads = [
        guard.with_timeout(threading.current_thread, 1.0, "stat of /mnt/efs", "/mnt/efs")
        for _ in range(3)
    ]
    assert threading.current_thread() not in threads
    assert len(set(threads)) == 1


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("passwd: files systemd\ngroup: files\n", ["files", "systemd"]),
        ("passwd:  files [NOTFOUND=return] ldap # comment\n", ["files", "ldap"]),
        ("# passwd: ldap\nhosts: files dns\n", ["files"]),  # not listed: glibc's default
        ("passwd: sss files\n", ["sss", "files"]),
    ],
)
def test_nsswitch_sources(text, sources):
    assert read.parse.nss_sources(text, "passwd") == sources


def test_a_user_database_over_the_network_is_guarded(monkeypatch, tmp_path):
    nsswitch = tmp_path / "nsswitch.conf"
    nsswitch.write_text("passwd: files ldap\ngroup: files\n")
    monkeypatch.setattr(read, "NSSWITCH", str(nsswitch))
    reader = read.Reader()
    calls = counted_submits(monkeypatch)
    assert reader.user_by_uid(0).name == "root"
    assert reader.user_by_uid(0).name == "root"  # asked once per collection
    assert len(calls) == 1


def test_kernel_file_errors_keep_their_kind(tmp_path):
    """Callers tell a missing cgroup file by its type, never by its sentence."""
    reader = read.Reader(read.Roots(fs=str(tmp_path)))
    with pytest.raises(read.NotFound, match=r"No such file: /sys/fs/cgroup/memory\.max"):
        reader.kernel_text("/sys/fs/cgroup/memory.max")
    (tmp_path / "sys").mkdir()
    with pytest.raises(read.NotARegularFile):
        reader.kernel_text("/sys")


def test_every_guard_taken_answers_at_once_with_how_many_wait(monkeypatch):
    monkeypatch.setattr(workers, "MAX_BUSY", workers.busy() + 1)
    release = threading.Event()
    try:
        with pytest.raises(read.Stalled):
            guard.with_timeout(lambda: release.wait(10), 0.2, "stat of /mnt/a", "/mnt/a")
        began = time.monotonic()
        with pytest.raises(read.Stalled) as refused:
            guard.with_timeout(lambda: 42, 0.2, "Resolving b/notes.txt", "/mnt/b")
        assert time.monotonic() - began < 0.1
        assert str(refused.value) == (
            f"Resolving b/notes.txt was not tried: {workers.MAX_BUSY} calls to a file "
            "system that does not answer are still waiting (a stalled network mount?)."
        )
    finally:
        release.set()


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/home/sagemaker-user/user-default-efs/a/b.txt", "/home/sagemaker-user/user-default-efs"),
        ("/home/sagemaker-user/user-default-efs", "/home/sagemaker-user/user-default-efs"),
        ("/mnt/sshfs/x", "/mnt/sshfs"),
        ("/home/sagemaker-user/notes.txt", "/home/sagemaker-user/notes.txt"),  # local: itself
    ],
)
def test_a_stuck_call_marks_its_mount_whatever_path_was_asked(path, key, efs_machine):
    """One dead mount costs one guard: every later path on it is answered at once."""
    reader = read.Reader()
    assert reader.stall_key(path) == key


def test_a_read_error_carries_its_path_errno_and_the_oserror_it_came_from(tmp_path):
    missing = tmp_path / "missing"
    with pytest.raises(read.NotFound) as raised:
        read.Reader().read_text(str(missing))
    assert (raised.value.path, raised.value.errno) == (str(missing), errno.ENOENT)
    assert isinstance(raised.value.__cause__, FileNotFoundError)
    assert str(raised.value) == f"No such file: {missing}"


def test_a_file_under_a_captured_root_is_named_as_the_machine_described_has_it(tmp_path):
    """The same error shown as the other path, chained to the one that named the real path."""
    reader = read.Reader(read.Roots(fs=str(tmp_path)))
    with pytest.raises(read.NotFound) as raised:
        reader.read_text("/opt/ml/metadata/resource-metadata.json")
    assert str(raised.value) == "No such file: /opt/ml/metadata/resource-metadata.json"
    assert raised.value.__cause__.path == str(tmp_path / "opt/ml/metadata/resource-metadata.json")
    with pytest.raises(read.NotFound, match=r"^/home/x does not exist\.$"):
        reader.stat("/home/x")


@pytest.mark.parametrize(
    ("number", "doing", "kind", "sentence"),
    [
        (errno.ENOENT, errors.READ, read.NotFound, "No such file: /p"),
        (errno.ENOENT, errors.STAT, read.NotFound, "/p does not exist."),
        (
            errno.EACCES,
            errors.READ,
            read.PermissionDenied,
            "Permission denied: /p cannot be read by this user.",
        ),
        (
            errno.EPERM,
            errors.STAT,
            read.PermissionDenied,
            "Permission denied: /p cannot be looked at by this user.",
        ),
        (errno.EISDIR, errors.READ, read.NotARegularFile, "/p is a directory, not a file."),
        (
            errno.ENXIO,
            errors.READ,
            read.NotARegularFile,
            "/p is a socket or device, not a regular file.",
        ),
        (errno.ELOOP, errors.READ, read.SymlinkLoop, "/p is a symbolic link loop."),
        (errno.EIO, errors.READ, read.ReadError, "/p cannot be read: Input/output error."),
        (
            errno.EACCES,
            errors.LOOKUP,
            read.PermissionDenied,
            "/p cannot be looked up: no search permission above it.",
        ),
        (errno.ENOENT, errors.LOOKUP, read.NotFound, "No such file: /p"),
        (
            errno.ENAMETOOLONG,
            errors.LOOKUP,
            read.ReadError,
            "/p cannot be looked up: File name too long.",
        ),
        (
            errno.EACCES,
            errors.OPEN,
            read.PermissionDenied,
            "/p cannot be opened: Permission denied.",
        ),
    ],
)
def test_one_errno_mapping_and_one_sentence_per_kind(number, doing, kind, sentence):
    error = errors.from_oserror("/p", OSError(number, os.strerror(number)), doing)
    assert type(error) is kind
    assert error.errno == number
    assert str(error) == errors.sentence(error) == sentence


def looked_up(reader: read.Reader, path: str) -> str:
    """real_path's answer as a lookup gives it, one component at a time."""
    with reader.lookup(path, held=False) as found:
        return found.resolved if found.complete else path


@pytest.mark.parametrize(
    "relative",
    [
        "plain/file",
        "plain",
        "via/file",
        "plain/link",
        "plain/dangling",
        "missing/x",
        "plain/../plain",
    ],
)
def test_real_path_in_one_call_where_no_link_is_on_the_way_is_the_lookups_answer(
    tmp_path, relative
):
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "file").write_text("x")
    (tmp_path / "via").symlink_to("plain")
    (tmp_path / "plain" / "link").symlink_to("file")
    (tmp_path / "plain" / "dangling").symlink_to("nowhere")
    path = f"{tmp_path}/{relative}"
    assert read.Reader().real_path(path) == looked_up(read.Reader(), path)
    if relative in ("via/file", "plain/link"):
        reader = read.Reader()
        assert not reader.leads_to_stall(path)  # no stall on the way is not "no link"
        assert reader.real_path(path) == str(tmp_path / "plain" / "file")


class EverythingMayStall(read.Reader):
    """The real reader, told that every file system may stall (as an NFS home's would)."""

    def may_stall(self, located: str) -> bool:
        return not located.startswith(("/proc", "/sys"))


def test_real_path_asks_no_one_call_question_where_a_folder_may_stall(tmp_path):
    (tmp_path / "file").write_text("x")
    (tmp_path / "link").symlink_to("file")
    reader = EverythingMayStall()
    assert not reader._plain(str(tmp_path / "file"))
    # Looked up under the guard instead, with the same answer.
    assert reader.real_path(str(tmp_path / "link")) == str(tmp_path / "file")
