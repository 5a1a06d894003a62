"""The browser timings, measured by the Galata specs in ui-tests/bench/ (reported, not asserted):
panel time-to-text, refresh and start-up (glance), kernel death to our notification."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from jserver import free_port, run_bounded

GALATA_TIMEOUT = 900


def measure(repo: Path) -> dict:
    """Runs every ui-tests/bench/*.bench.ts against its own `jupyter lab` on a free port."""
    ui_tests = repo / "ui-tests"
    with tempfile.TemporaryDirectory(prefix="isolation-bench-galata-") as folder:
        out = Path(folder, "panel-time.json")
        env = dict(os.environ)
        env.update(
            ISOLATION_BENCH_PORT=str(free_port()),
            ISOLATION_BENCH_OUT=str(out),
            ISOLATION_BENCH_ARTIFACTS=str(Path(folder, "results")),
            PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD="1",
            # jlpm and Playwright's webServer (`jupyter lab`) come from the venv, as under make.
            PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        )
        code, output, _ = run_bounded(
            [
                str(Path(sys.executable).with_name("jlpm")),
                "playwright",
                "test",
                "-c",
                "bench/playwright.config.js",
            ],
            GALATA_TIMEOUT,
            cwd=ui_tests,
            env=env,
            stderr=subprocess.STDOUT,
        )
        if code != 0 or not out.exists():
            tail = "\n".join(output.decode(errors="replace").splitlines()[-30:])
            raise RuntimeError(f"the Galata bench failed ({code}):\n{tail}")
        return json.loads(out.read_text())
