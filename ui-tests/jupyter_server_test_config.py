"""Server configuration for the Galata tests.

Never use this configuration in production: it opens the server to the world
(no token, no XSRF), which is why authentication is covered by pytest instead.
"""

import atexit
import json
import os
import shutil
import sys
from pathlib import Path
from tempfile import gettempdir, mkdtemp

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

# A kernel whose /dev/shm is a 1 MiB tmpfs of its own (a mount namespace unshare makes for it;
# the server's and the machine's /dev/shm stay as they are), for the bus error of
# tests/kernel-death.spec.ts. Only where it can be made (root, unshare): elsewhere that test
# skips. Its directory is added to the kernel search path of this server alone.
if os.geteuid() == 0 and shutil.which("unshare"):
    # Named after this server's pid: a server stopped with SIGKILL (Playwright's default) runs no
    # exit handler, so each start removes the directories of servers that are gone.
    for made in Path(gettempdir()).glob("galata-kernels-*-*"):
        pid = made.name.split("-")[2]
        if pid.isdigit() and not Path("/proc", pid).exists():
            shutil.rmtree(made, ignore_errors=True)
    SMALL_SHM = Path(mkdtemp(prefix=f"galata-kernels-{os.getpid()}-"))
    atexit.register(shutil.rmtree, SMALL_SHM, True)
    (SMALL_SHM / "kernels" / "small-shm").mkdir(parents=True)
    launch = (
        "mount -t tmpfs -o size=1048576 tmpfs /dev/shm && "
        f'exec "{sys.executable}" -m ipykernel_launcher -f "$0"'
    )
    unshare = ["unshare", "--mount", "--propagation", "private", "sh", "-c", launch]
    (SMALL_SHM / "kernels" / "small-shm" / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [*unshare, "{connection_file}"],
                # Sorted after "Python 3 (ipykernel)": JupyterLab's new-notebook dialog
                # offers the first by name, which the other specs expect to be the default.
                "display_name": "Small /dev/shm (Python 3)",
                "language": "python",
            }
        )
    )
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(SMALL_SHM), os.environ.get("JUPYTER_PATH")])
    )
