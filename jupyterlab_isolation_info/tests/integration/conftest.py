"""Every test in this folder needs root, or namespaces and FUSE that root makes: the Studio-like
sandbox (unshare, nsenter, setpriv), servers and kernels as other users, dead FUSE mounts in
mount namespaces of their own. So they carry the `root` marker: `pytest -m "not root"` leaves
them out on a machine without root; CI runs them all, as root."""

from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.root)
