"""Explain in kernel when the kernel runs as another identity (Studio Classic: root in another
container; here: uid 65534 beside a server running as root). A real ipykernel is started as that
user from a venv it can read, and the explanation the panel asks for is run in it silently."""

import json
import os
import shutil
import tempfile
from pathlib import Path

import jsonschema
import pytest
from as_other_user import readable_venv
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager
from kernel_client import run_silently

from jupyterlab_isolation_info import EXPLAIN_SCHEMA_PATH
from jupyterlab_isolation_info.collector.explain import explain
from jupyterlab_isolation_info.kernel_code import kernel_request

NOBODY = 65534


@pytest.fixture(scope="module")
def nobody_kernel():
    """A python3 kernel running as uid/gid 65534, no supplementary groups."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.fail("needs root and setpriv (util-linux) to start a kernel as another user")
    python = readable_venv() / "bin" / "python"
    place = Path(tempfile.mkdtemp(prefix="isolation-kernel-"))
    place.chmod(0o755)
    home = place / "home"
    home.mkdir()
    os.chown(home, NOBODY, NOBODY)
    specs = place / "kernels"
    (specs / "nobody").mkdir(parents=True)
    # The connection file jupyter_client writes is root's (0600): a copy the kernel can read.
    connection = place / "connection.json"
    launch = (
        'cp "$0" "$1" && chmod 0644 "$1" && exec setpriv --reuid=65534 --regid=65534 '
        '--clear-groups "$2" -m ipykernel_launcher -f "$1"'
    )
    (specs / "nobody" / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [
                    "/bin/sh",
                    "-c",
                    launch,
                    "{connection_file}",
                    str(connection),
                    str(python),
                ],
                "display_name": "Python 3 as nobody",
                "language": "python",
                "env": {"HOME": str(home), "IPYTHONDIR": str(home / ".ipython")},
            }
        )
    )
    manager = KernelManager(
        kernel_name="nobody", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(specs)])
    )
    manager.start_kernel(cwd=str(home))
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        yield client, place
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
        shutil.rmtree(place, ignore_errors=True)


def run_explanation(client, path: str) -> dict:
    request = kernel_request(
        metadata_path="/nonexistent", active_probes=False, probe_timeout=1, explain=path
    )
    result = run_silently(client, request)["user_expressions"]["report"]
    assert result["status"] == "ok", result
    return result["data"]["application/json"]["explanation"]


def test_a_kernel_of_another_identity_answers_for_itself(nobody_kernel):
    """A root-owned 0644 file: the server (root) may write it, the kernel (65534) may not,
    and each answer says whose it is and why."""
    client, place = nobody_kernel
    target = place / "shared.txt"
    target.write_text("data")
    target.chmod(0o644)

    in_kernel = run_explanation(client, str(target))
    jsonschema.validate(in_kernel, json.loads(Path(EXPLAIN_SCHEMA_PATH).read_text()))
    assert in_kernel["identity"]["uid"] == NOBODY
    assert in_kernel["identity"]["gid"] == NOBODY
    write = in_kernel["operations"]["write"]
    assert (write["allowed"], write["measured"]) == (False, True)
    assert "'other' class" in write["reason"]
    assert in_kernel["operations"]["read"]["allowed"] is True

    on_server = explain(str(target), check_sudo=False)
    assert on_server["identity"]["uid"] == 0
    assert on_server["operations"]["write"]["allowed"] is True
