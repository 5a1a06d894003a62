"""Galata's server configuration for JupyterLab inside the Studio-like sandbox.

The app metadata is the sandbox's own read-only /opt/ml/metadata file. Never use this
configuration in production: it turns off tokens and XSRF checks.
"""

from jupyterlab.galata import configure_jupyter_server

configure_jupyter_server(c)  # noqa: F821
c.LabApp.extension_manager = "readonly"  # noqa: F821
