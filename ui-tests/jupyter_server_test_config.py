"""Server configuration for the Galata tests.

Never use this configuration in production: it opens the server to the world
(no token, no XSRF), which is why authentication is covered by pytest instead.
"""

from pathlib import Path

from jupyterlab.galata import configure_jupyter_server

configure_jupyter_server(c)  # noqa: F821

c.ServerApp.allow_root = True  # noqa: F821
c.LabApp.extension_manager = "readonly"  # noqa: F821

# App metadata whose values carry HTML and script: the panel must show them as text.
c.IsolationInfo.metadata_path = str(Path(__file__).parent / "fixtures" / "hostile-metadata.json")  # noqa: F821
