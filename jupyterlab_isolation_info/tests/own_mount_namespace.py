"""Runs a scenario script in a private mount namespace of its own and returns what it printed.

The scenarios mount small tmpfs volumes and a FUSE mount whose daemon never answers; a private
namespace keeps every mount away from the machine's, and it goes when the script ends.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def run_scenario(script: str) -> dict:
    """The JSON the scenario printed; it gets the outer namespace to compare its own with."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.fail("needs root and unshare (util-linux); CI runs as root")
    if not os.path.exists("/dev/fuse"):
        pytest.skip("this machine has no /dev/fuse to mount a file system that never answers")
    outer = os.readlink("/proc/self/ns/mnt")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parents[1]), str(HERE)])}
    done = subprocess.run(
        [
            *("unshare", "--mount", "--propagation", "private", "--"),
            *(sys.executable, str(HERE / script), outer),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)
