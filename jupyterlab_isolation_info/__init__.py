"""JupyterLab Isolation Info: the Jupyter hooks only.

Nothing from jupyter_server is imported at import time, so the standard-library collector and
`python -m jupyterlab_isolation_info` work in a bare Python (a kernel, a container).
"""

try:
    from ._version import __version__
except ImportError:  # a source checkout that was never built or installed
    __version__ = "dev"

import logging
from pathlib import Path

# The contract every report of this version follows: printed by `--schema`, served at
# `isolation-info/schema` and read by the panel before it renders a report.
SCHEMA_PATH = Path(__file__).parent / "report.schema.json"
# The contract of one path's explanation: `explain --schema`, `isolation-info/explain/schema`.
EXPLAIN_SCHEMA_PATH = Path(__file__).parent / "explain.schema.json"
# One folder's walk (`space --schema`) and the space route's envelope around it, which refers to
# it by $id (`isolation-info/space/schema` serves the two bundled).
SPACE_SCHEMA_PATH = Path(__file__).parent / "space.schema.json"
SPACE_WALK_SCHEMA_PATH = Path(__file__).parent / "space-walk.schema.json"


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "jupyterlab-isolation-info"}]


def _jupyter_server_extension_points():
    return [{"module": "jupyterlab_isolation_info"}]


def _load_jupyter_server_extension(server_app):
    """Register the report and probe handlers under the server's base_url."""
    from .collector.read import Roots
    from .config import IsolationInfo
    from .kerneldeath import KernelDeathWatch
    from .metrics import install as install_metrics
    from .routes import setup_route_handlers
    from .service import ReportService

    # What the extension and the collector log goes where the server's own messages go.
    package_log = logging.getLogger("jupyterlab_isolation_info")
    package_log.propagate = False
    for handler in server_app.log.handlers:
        if handler not in package_log.handlers:
            package_log.addHandler(handler)
    package_log.setLevel(server_app.log.level)
    # The collector's own logger keeps to itself (a kernel's output must stay clean) until now.
    logging.getLogger("jupyterlab_isolation_info.collector").propagate = True
    config = IsolationInfo(parent=server_app)
    service = ReportService(config, kernel_manager=server_app.kernel_manager)
    deaths = KernelDeathWatch(
        server_app.kernel_manager,
        Roots(proc=config.cgroup_proc_root, fs=config.cgroup_fs_root),
        server_app.log,
    )
    deaths.attach(getattr(server_app, "event_logger", None))
    setup_route_handlers(server_app.web_app, service, deaths)
    # The server's own /metrics (its registry and its authenticate_prometheus rule).
    install_metrics(service, log=server_app.log)
    server_app.web_app.settings[_LOADED_KEY] = True
    _unload_at_shutdown(server_app)
    server_app.log.info("Registered jupyterlab_isolation_info server extension")


# Set while this extension's listener and collector are registered for a server.
_LOADED_KEY = "isolation_info_loaded"


def _unload_jupyter_server_extension(server_app):
    """Undo what loading registered outside the server's own web application: the listener on
    its event logger, the collector on prometheus_client's registry (global to the process),
    the explain pool's threads, the space walks (cancelled, their threads let go) and, last,
    the server's log handlers on the package's logger. Idempotent; never raises (a step that
    fails is logged and the others still run), as the server's own cleanup goes on after it."""
    from .metrics import uninstall as uninstall_metrics
    from .routes import DEATHS_KEY, EXPLAIN_SERVICE_KEY, SERVICE_KEY, SPACE_SERVICE_KEY

    settings = server_app.web_app.settings
    if not settings.get(_LOADED_KEY):
        return
    settings[_LOADED_KEY] = False
    deaths = settings.get(DEATHS_KEY)
    explain = settings.get(EXPLAIN_SERVICE_KEY)
    walks = settings.get(SPACE_SERVICE_KEY)
    steps = (
        (
            "the kernel-action listener",
            lambda: deaths and deaths.detach(getattr(server_app, "event_logger", None)),
        ),
        ("the metrics collector", lambda: uninstall_metrics(settings.get(SERVICE_KEY))),
        ("the explain pool", lambda: explain and explain.close()),
        ("the space walks", lambda: walks and walks.close()),
    )
    for what, step in steps:
        try:
            step()
        except Exception:  # the server's cleanup must go on: said in its log
            logging.getLogger(__name__).exception("Unloading %s failed", what)
    package_log = logging.getLogger(__name__)
    for handler in server_app.log.handlers:
        package_log.removeHandler(handler)


def _unload_at_shutdown(server_app):
    """jupyter_server 2.x calls no unload hook of a module extension at shutdown (only an
    ExtensionApp's ``stop_extension``, from ``cleanup_extensions``): the unload is chained
    onto this server's ``cleanup_extensions``, which its shutdown awaits."""
    cleanup = getattr(server_app, "cleanup_extensions", None)
    if cleanup is None:
        return

    async def cleanup_extensions():
        _unload_jupyter_server_extension(server_app)
        await cleanup()

    server_app.cleanup_extensions = cleanup_extensions
