"""A failure the collector answers around, where the report cannot say it (a default used, a
call given up on, an error no reader foresaw), is logged once, with its traceback, through the
collector's logger (routed to the server's log when the extension loads)."""

import logging
import subprocess
import sys
import threading
import time

import pytest

from jupyterlab_isolation_info.collector import errors, guard, probe, read
from jupyterlab_isolation_info.collector.process import ProcessState


@pytest.fixture
def logged(monkeypatch, caplog):
    """The collector logger's records (``.records``), captured whether or not a server routed
    it."""
    monkeypatch.setattr(errors.LOG, "propagate", False)
    errors.LOG.addHandler(caplog.handler)
    with caplog.at_level(logging.DEBUG, logger=errors.LOG.name):
        yield caplog
    errors.LOG.removeHandler(caplog.handler)


def unique(text: str) -> str:
    """A message no earlier test logged (log_once remembers for the process)."""
    return f"{text} {time.monotonic_ns()}"


def test_a_call_given_up_on_that_fails_later_is_logged_once(logged):
    release = threading.Event()
    reason = unique("ESTALE at last")

    def late():
        release.wait(10)
        raise OSError(116, reason)

    with pytest.raises(read.Stalled):
        guard.with_timeout(late, 0.05, "stat of /mnt/gone", unique("/mnt/gone"))
    release.set()
    deadline = time.monotonic() + 5
    while not [r for r in logged.records if reason in r.getMessage()]:
        assert time.monotonic() < deadline, "the late failure left no trace"
        time.sleep(0.01)
    (record,) = [r for r in logged.records if reason in r.getMessage()]
    assert record.getMessage().startswith("stat of /mnt/gone, given up on, failed later")
    assert record.exc_info[0] is OSError


def test_a_probe_that_breaks_is_unknown_with_a_sentence_and_logged(logged, monkeypatch):
    reason = unique("the resolver broke")

    def broken(host, port, timeout):
        raise RuntimeError(reason)

    monkeypatch.setattr(probe, "connect_probe", broken)  # no connect is attempted
    endpoint = {"id": "local", "host": "127.0.0.1", "port": 9, "expected": "blocked"}
    (result,) = probe.check_endpoints([endpoint], active=True, timeout=0.5)
    assert result["status"] == "unknown"
    assert reason in result["detail"]
    (record,) = [r for r in logged.records if reason in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert record.exc_info[0] is RuntimeError


def test_a_process_part_no_reader_foresaw_is_said_and_logged_once(logged, monkeypatch):
    reason = unique("status broke")

    def broken(text):
        raise RuntimeError(reason)

    monkeypatch.setattr("jupyterlab_isolation_info.collector.parse.parse_status", broken)
    for _ in range(2):  # two collections: one log line
        state = ProcessState(read.Reader())
        assert state.status is None
        assert state.errors["status"] == (
            f"/proc/self/status could not be understood: RuntimeError: {reason}."
        )
    records = [r for r in logged.records if reason in r.getMessage()]
    assert len(records) == 1
    assert records[0].exc_info[0] is RuntimeError


def test_a_stalled_path_is_logged_once_however_long_it_has_been_blocked(logged):
    message = unique("Whether /mnt/efs/x exists is unknown")
    for seconds in (1.0, 31.0, 95.0):
        errors.log_once(message, read.Stalled("/mnt/efs", what="looking at x", blocked_for=seconds))
    assert len([r for r in logged.records if message in r.getMessage()]) == 1


def test_in_a_kernel_the_collector_logs_nothing_even_where_the_notebook_configured_logging():
    """The kernel-side collector shares this logger's name: what a notebook's
    logging.basicConfig() prints must not include it."""
    code = (
        "import logging, sys\n"
        "logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)\n"
        "from jupyterlab_isolation_info.collector import errors\n"
        "errors.log_once('the mount table could not be read', ValueError('x'))\n"
        "logging.getLogger('elsewhere').warning('the notebook logs')\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert "the notebook logs" in completed.stdout
    assert "mount table" not in completed.stdout + completed.stderr


async def test_the_server_passes_the_collectors_log_on_to_its_own(jp_serverapp):
    assert errors.LOG.propagate is True
    package_log = logging.getLogger("jupyterlab_isolation_info")
    assert set(jp_serverapp.log.handlers) <= set(package_log.handlers)
