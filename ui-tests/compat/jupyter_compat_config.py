"""Server configuration for `make test-compat`: one JupyterLab per tested version.

Written without `jupyterlab.galata` (its helper differs across 4.x releases). Never use it in
production: no token and no XSRF check, on a loopback port; pytest covers authentication.
"""

c.ServerApp.ip = "127.0.0.1"  # noqa: F821
c.ServerApp.open_browser = False  # noqa: F821
c.ServerApp.allow_root = True  # noqa: F821
c.IdentityProvider.token = ""  # noqa: F821
c.ServerApp.password = ""  # noqa: F821
c.ServerApp.disable_check_xsrf = True  # noqa: F821
c.LabApp.extension_manager = "readonly"  # noqa: F821
# No news or update checks: the compat servers must not reach beyond loopback.
c.LabApp.news_url = None  # noqa: F821
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"  # noqa: F821
c.ServerApp.port_retries = 0  # noqa: F821
# window.jupyterapp, so the smoke test can wait until every plugin has started.
c.LabApp.expose_app_in_browser = True  # noqa: F821
