"""What the extension registers outside the server's own web application is unregistered when
the server shuts down: the kernel-action listener, the /metrics collector on the process's
global registry, the explain pool."""

import asyncio
import logging

import pytest
from prometheus_client import REGISTRY

from jupyterlab_isolation_info import _unload_jupyter_server_extension
from jupyterlab_isolation_info.kerneldeath import KERNEL_ACTIONS
from jupyterlab_isolation_info.routes import DEATHS_KEY, EXPLAIN_SERVICE_KEY

AVAILABLE = "jupyter_isolation_report_available"


class FakeKernel:
    """What the watch asks of a kernel: its restarter's callbacks and its process id."""

    provisioner = None

    def add_restart_callback(self, callback, event):
        pass


async def started(jp_serverapp, kernel_id: str) -> None:
    """jupyter_server's own kernel-action event for a kernel that started."""
    jp_serverapp.event_logger.emit(
        schema_id=KERNEL_ACTIONS,
        data={"action": "start", "kernel_id": kernel_id, "status": "success", "msg": "started"},
    )
    for _ in range(100):  # the listeners run as tasks, the watch reads in a thread
        await asyncio.sleep(0.02)
        if jp_serverapp.web_app.settings[DEATHS_KEY].seen(kernel_id) is not None:
            return


async def test_the_servers_shutdown_unregisters_the_listener_and_the_collector(
    jp_serverapp, monkeypatch
):
    monkeypatch.setattr(jp_serverapp.kernel_manager, "get_kernel", lambda kernel_id: FakeKernel())
    deaths = jp_serverapp.web_app.settings[DEATHS_KEY]
    await started(jp_serverapp, "before")
    assert deaths.seen("before") is not None
    assert REGISTRY.get_sample_value(AVAILABLE) is not None
    # As loading routes the package's log to a server that has handlers (the test server
    # has none of its own).
    package_log = logging.getLogger("jupyterlab_isolation_info")
    server_handler = logging.NullHandler()
    monkeypatch.setattr(jp_serverapp.log, "handlers", [server_handler])
    package_log.addHandler(server_handler)

    # What the server's shutdown awaits (ServerApp._cleanup).
    await jp_serverapp.cleanup_extensions()

    assert deaths.watching is False
    await started(jp_serverapp, "after")
    assert deaths.seen("after") is None
    assert REGISTRY.get_sample_value(AVAILABLE) is None
    with pytest.raises(RuntimeError):  # the pool takes no more explanations
        await jp_serverapp.web_app.settings[EXPLAIN_SERVICE_KEY].explain("x")
    assert server_handler not in package_log.handlers
    _unload_jupyter_server_extension(jp_serverapp)  # a second time does nothing


async def test_a_step_that_fails_is_logged_and_the_others_still_run(
    jp_serverapp, monkeypatch, caplog
):
    deaths = jp_serverapp.web_app.settings[DEATHS_KEY]

    def broken(event_logger):
        raise RuntimeError("the event logger is gone")

    monkeypatch.setattr(deaths, "detach", broken)
    package_log = logging.getLogger("jupyterlab_isolation_info")  # routed to the server's log
    monkeypatch.setattr(package_log, "propagate", False)
    package_log.addHandler(caplog.handler)
    try:
        _unload_jupyter_server_extension(jp_serverapp)
    finally:
        package_log.removeHandler(caplog.handler)
    failed = [r for r in caplog.records if "Unloading the kernel-action listener" in r.message]
    assert len(failed) == 1
    assert failed[0].exc_info[0] is RuntimeError
    assert REGISTRY.get_sample_value(AVAILABLE) is None
