"""The long-lived workers behind the time guard and the probe batch."""

import threading

from jupyterlab_isolation_info.collector import workers


def test_a_blocked_worker_holds_only_its_own_call():
    release = threading.Event()
    blocked = workers.submit(lambda: release.wait(10))
    try:
        others = [workers.submit(lambda n=n: n * 2) for n in range(3)]
        assert all(call.wait(5) for call in others)
        assert [call.result() for call in others] == [0, 2, 4]
        assert not blocked.done
    finally:
        release.set()
    assert blocked.wait(5) and blocked.result() is True


def test_an_error_in_a_call_is_raised_to_whoever_asks_for_its_result():
    call = workers.submit(lambda: 1 / 0)
    assert call.wait(5)
    try:
        call.result()
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError("the error was lost")


def test_an_idle_worker_exits_after_a_while(monkeypatch):
    """The collector also runs inside a user's kernel: no thread is left waiting for long."""
    monkeypatch.setattr(workers, "IDLE_SECONDS", 0.1)
    call = workers.submit(threading.current_thread)
    assert call.wait(5)
    worker = call.result()
    worker.join(5)
    assert not worker.is_alive()


def test_past_the_bound_a_call_is_refused_at_once_not_queued(monkeypatch):
    """Calls that never return hold their workers; one more than MAX_BUSY is refused (Busy)
    at once, and a worker that comes back frees its slot."""
    monkeypatch.setattr(workers, "MAX_BUSY", workers.busy() + 2)
    release = threading.Event()
    stuck = [workers.submit(lambda: release.wait(10)) for _ in range(2)]
    try:
        try:
            workers.submit(lambda: "never")
        except workers.Busy as busy:
            assert busy.waiting == workers.MAX_BUSY
        else:
            raise AssertionError("a call past the bound was started")
    finally:
        release.set()
    assert all(call.wait(5) for call in stuck)
    again = workers.submit(lambda: "back")
    assert again.wait(5) and again.result() == "back"
