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
    server_app.log.info("Registered jupyterlab_isolation_info server extension")
