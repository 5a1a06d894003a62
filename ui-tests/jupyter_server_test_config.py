"""Server configuration for the Galata tests.

Never use this configuration in production: it opens the server to the world
(no token, no XSRF), which is why authentication is covered by pytest instead.
"""

import shutil
from pathlib import Path

from jupyterlab.galata import configure_jupyter_server

configure_jupyter_server(c)  # noqa: F821

c.ServerApp.allow_root = True  # noqa: F821
c.LabApp.extension_manager = "readonly"  # noqa: F821

# App metadata whose values carry HTML and script: the panel must show them as text.
c.IsolationInfo.metadata_path = str(Path(__file__).parent / "fixtures" / "hostile-metadata.json")  # noqa: F821

# The cgroup files the kernel-death check reads: a copy of a captured Studio-like tree, made
# afresh at each start, which tests/kernel-death.spec.ts edits (the OOM kill counter) before it
# kills a kernel. This machine's own cgroups are never touched.
CGROUP_TREE = Path(__file__).parent / ".cgroup-tree"
shutil.rmtree(CGROUP_TREE, ignore_errors=True)
shutil.copytree(Path(__file__).parent / "fixtures" / "cgroup-tree", CGROUP_TREE)
c.IsolationInfo.cgroup_proc_root = str(CGROUP_TREE / "proc")  # noqa: F821
c.IsolationInfo.cgroup_fs_root = str(CGROUP_TREE / "root")  # noqa: F821
