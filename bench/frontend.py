"""Frontend weight: what a browser downloads for a labextension, gzip'd.

Defined as the sum, over every .js file in the labextension's static/ folder (remoteEntry, the
chunks and style.js; no source maps, no licence JSON), of that file gzip'd alone at level 9.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import tempfile
from pathlib import Path


def gzip_weight(static: Path, names: list[str] | None = None) -> dict:
    """Every .js file of ``static``, or only those ``names`` (what a page load fetched)."""
    files = sorted(path for path in static.glob("*.js") if names is None or path.name in names)
    if not files:
        raise FileNotFoundError(f"no .js files in {static}")
    raw = sum(path.stat().st_size for path in files)
    zipped = sum(len(gzip.compress(path.read_bytes(), 9, mtime=0)) for path in files)
    return {"files": len(files), "raw": raw, "gzip": zipped}


def production_build(repo: Path, jupyter_builder: Path) -> dict:
    """Our labextension as a release wheel would ship it (`jupyter-builder build`, production).

    `make` builds the development bundle; building a production one in place would replace it,
    so this builds from a copy of the compiled lib/, style/ and schema/ (and the build's
    webpack.config.js) in a temporary folder.
    """
    with tempfile.TemporaryDirectory(prefix="isolation-prod-build-") as folder:
        copy = Path(folder)
        for name in ("package.json", "webpack.config.js"):
            shutil.copy2(repo / name, copy)
        for name in ("lib", "style", "schema"):
            shutil.copytree(repo / name, copy / name)
        (copy / "node_modules").symlink_to(repo / "node_modules")
        subprocess.run(
            [str(jupyter_builder), "build", "."],
            cwd=copy,
            check=True,
            capture_output=True,
            timeout=300,
        )
        return gzip_weight(copy / "jupyterlab_isolation_info" / "labextension" / "static")
