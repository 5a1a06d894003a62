"""What grows with requests is bounded: the reports kept by ETag, the explanations in flight,
the guard's stall keys, the reader's memos and the failures remembered as logged."""

import asyncio
import json
import logging
import threading
import time

import pytest
from tornado.httpclient import HTTPClientError

from jupyterlab_isolation_info import explain_service, service
from jupyterlab_isolation_info.collector import errors, guard, parse, read, workers
from jupyterlab_isolation_info.config import IsolationInfo


async def test_the_service_keeps_the_last_recent_reports_by_etag_and_no_more(monkeypatch):
    made = iter(range(1000))
    monkeypatch.setattr(service, "build_report", lambda **_: {"n": next(made)})
    clock = [0.0]
    reports = service.ReportService(IsolationInfo(), clock=lambda: clock[0])
    tags = []
    for _ in range(service.RECENT_REPORTS + 3):
        clock[0] += 3600  # past refresh_min_interval: every refresh collects
        tags.append((await reports.report(refresh=True)).etag)
    assert len(set(tags)) == len(tags)
    kept = [tag for tag in tags if reports.recent(tag) is not None]
    assert kept == tags[-service.RECENT_REPORTS :]


class Root:
    """A contents manager as the explain service sees it."""

    root_dir = "/"
    allow_hidden = False


async def test_past_max_in_flight_a_new_path_is_refused_at_once_and_a_known_one_joins(
    monkeypatch,
):
    monkeypatch.setattr(explain_service, "MAX_IN_FLIGHT", 3)
    release = threading.Event()

    def blocked(root_dir, requested, allow_hidden):
        release.wait(10)
        return {"path": requested}

    monkeypatch.setattr(explain_service, "explain_in_root", blocked)
    monkeypatch.setattr(explain_service.Explained, "of", classmethod(lambda cls, a: a))
    explainer = explain_service.ExplainService(Root())
    try:
        running = [asyncio.ensure_future(explainer.explain(f"p{i}")) for i in range(3)]
        await asyncio.sleep(0.05)
        assert explainer.in_flight == 3
        began = time.monotonic()
        with pytest.raises(explain_service.TooMany, match="explaining 3 paths already"):
            await explainer.explain("p3")
        assert time.monotonic() - began < 0.1
        joined = asyncio.ensure_future(explainer.explain("p0"))  # shares the one under way
        await asyncio.sleep(0.05)
        assert explainer.in_flight == 3
    finally:
        release.set()
    assert [answer["path"] for answer in await asyncio.gather(*running, joined)] == [
        "p0",
        "p1",
        "p2",
        "p0",
    ]
    assert explainer.in_flight == 0
    explainer.close()


async def test_too_many_explanations_is_a_503_with_retry_after(jp_fetch, monkeypatch):
    monkeypatch.setattr(explain_service, "MAX_IN_FLIGHT", 0)
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "explain", params={"path": ""})
    assert error.value.code == 503
    assert error.value.response.headers["Retry-After"] == "1"
    assert json.loads(error.value.response.body) == {
        "message": "This server is explaining 0 paths already; try again in a moment."
    }


def test_the_stall_keys_are_bounded_by_the_workers(monkeypatch):
    """A key is kept only while its call holds a worker, and no more than MAX_BUSY run."""
    monkeypatch.setattr(workers, "MAX_BUSY", workers.busy() + 3)
    release = threading.Event()
    try:
        for index in range(6):
            with pytest.raises(read.Stalled):
                guard.with_timeout(lambda: release.wait(10), 0.05, "stat", f"/mnt/bound-{index}")
        assert len([key for key in guard.stuck() if key.startswith("/mnt/bound-")]) == 3
    finally:
        release.set()
    deadline = time.monotonic() + 5
    while any(key.startswith("/mnt/bound-") for key in guard.stuck()):
        assert time.monotonic() < deadline, "a stall key outlived its call"
        time.sleep(0.01)


def test_the_readers_memo_of_where_a_path_lies_is_bounded(monkeypatch):
    monkeypatch.setattr(read, "MEMO_SIZE", 2)
    asked = []
    original = parse.mount_for_path

    def counted(mounts, path):
        asked.append(path)
        return original(mounts, path)

    monkeypatch.setattr(parse, "mount_for_path", counted)
    reader = read.Reader()
    for path in ("/bound/a", "/bound/b", "/bound/a"):
        reader.may_stall(path)
    assert asked.count("/bound/a") == 1  # remembered
    reader.may_stall("/bound/c")  # a third path: the memo starts again
    reader.may_stall("/bound/a")
    assert asked.count("/bound/a") == 2


def test_the_failures_remembered_as_logged_are_bounded(monkeypatch, caplog):
    monkeypatch.setattr(errors, "MAX_LOGGED", errors.remembered() + 2)
    monkeypatch.setattr(errors.LOG, "propagate", False)
    errors.LOG.addHandler(caplog.handler)
    message = f"bound {time.monotonic_ns()}"  # one no earlier test logged
    try:
        with caplog.at_level(logging.DEBUG, logger=errors.LOG.name):
            for index in range(4):
                assert errors.log_once(message, ValueError(index)) is True
            assert errors.log_once(message, ValueError(0)) is False  # remembered: not again
            assert errors.log_once(message, ValueError(3)) is True  # past the bound: not kept
    finally:
        errors.LOG.removeHandler(caplog.handler)
    assert errors.remembered() == errors.MAX_LOGGED
    levels = [record.levelno for record in caplog.records]
    assert levels == [logging.WARNING] * 2 + [logging.DEBUG] * 3
