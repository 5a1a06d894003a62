"""Run the collector as another uid: tests run as root, and root ignores chmod 000."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1]
REPO = PACKAGE.parent


def world_readable_copy() -> Path:
    """A copy of the package any uid can import (pytest's tmp_path is under a 0700 directory)."""
    directory = Path(tempfile.mkdtemp(prefix="isolation-info-"))
    shutil.copytree(
        PACKAGE, directory / PACKAGE.name, ignore=shutil.ignore_patterns("labextension")
    )
    for root, _dirs, files in os.walk(directory):
        os.chmod(root, 0o755)  # noqa: S103 - other uids must traverse it
        for name in files:
            os.chmod(os.path.join(root, name), 0o644)
    return directory


def run_as(uid: int, gid: int, argv: list[str], pythonpath: Path) -> subprocess.CompletedProcess:
    """Debian's python3 under uid/gid with no supplementary groups and a fixed environment."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.fail("needs root and setpriv (util-linux) to switch users; CI runs as root")
    return subprocess.run(
        [
            "setpriv",
            f"--reuid={uid}",
            f"--regid={gid}",
            "--clear-groups",
            "/usr/bin/python3",
            *argv,
        ],
        env={"PYTHONPATH": str(pythonpath), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        cwd="/",
    )


def readable_venv() -> Path:
    """A venv that uid 65534 and the sandbox's remapped user can read: the checkout's, or the
    world-readable copy under /tmp that ui-tests/sandbox.js stages when they cannot read the
    checkout (a clone under /root, as CI makes). One staging serves Galata and these tests."""
    script = (
        "const s = require(process.argv[1]); const why = s.sandboxUnavailableReason();"
        " if (why) { console.error(why); process.exit(1); }"
        " console.log(s.sandboxPaths().venv);"
    )
    result = subprocess.run(
        ["node", "-e", script, str(REPO / "ui-tests" / "sandbox.js")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode:
        pytest.fail(f"No venv other users can read: {result.stderr.strip()}")
    return Path(result.stdout.strip())
