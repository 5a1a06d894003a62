"""Runs netns_active_probes.py inside a network namespace this test creates."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.root
def test_active_probe_tests_pass_inside_a_fresh_network_namespace():
    assert os.geteuid() == 0 and shutil.which("unshare"), (
        "needs root and unshare (util-linux) to create the network namespace"
    )
    setup = 'ip link set lo up && exec "$@"'
    command = [
        "unshare",
        "--net",
        "sh",
        "-c",
        setup,
        "sh",
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        str(HERE / "netns_active_probes.py"),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=300, check=False, cwd=HERE.parent.parent
    )
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert " passed" in result.stdout.splitlines()[-1]
