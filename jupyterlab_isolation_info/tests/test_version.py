"""`jupyter isolation-info --version`: the version package.json carries, the one place it is set."""

import json
from pathlib import Path

from jupyterlab_isolation_info import __version__
from jupyterlab_isolation_info.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_version_prints_the_package_version(capsys):
    assert main(["--version"]) == 0
    expected = json.loads((REPO / "package.json").read_text())["version"]
    assert __version__ == expected
    assert capsys.readouterr().out == f"jupyter isolation-info {expected}\n"
