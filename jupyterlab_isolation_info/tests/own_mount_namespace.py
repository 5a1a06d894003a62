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
    return run_in_own_namespace(HERE / script, [HERE.parents[1], HERE], timeout=60)


def run_in_own_namespace(
    script: Path, pythonpath: list[Path], *args: str, timeout: float, stderr_tail: int = 2000
) -> dict:
    """The JSON ``script`` printed, run in a private mount namespace with the outer namespace's
    link (its /proc/self/ns/mnt) as its first argument, then ``args``."""
    outer = os.readlink("/proc/self/ns/mnt")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in pythonpath)}
    done = subprocess.run(
        [
            *("unshare", "--mount", "--propagation", "private", "--"),
            *(sys.executable, str(script), outer, *args),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-stderr_tail:]
    return json.loads(done.stdout)
