"""examples/lifecycle-jupyterlab.sh in a Studio-like sandbox, against a wheel built from here.

The sandbox (scripts/studio-sandbox) runs the script as sagemaker-user (uid 1000, remapped) with
no network: pip installs the wheel from a local folder, the dependencies (jupyter_server, ...)
come from the development environment, as they come from the image in a real space. The script
must print exactly one line, the report as JSON valid against the report schema, exit 0, and
print no environment value.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SANDBOX = REPO / "scripts" / "studio-sandbox"
SCRIPT = REPO / "examples" / "lifecycle-jupyterlab.sh"
SCHEMA = REPO / "jupyterlab_isolation_info" / "report.schema.json"
DEV_SITE = Path(sysconfig.get_paths()["purelib"])
# Where the default uid map puts sagemaker-user (1000) and group users (100) on the host.
SANDBOX_USER_ON_HOST = 200001
SECRET = "lcc-test-secret-value-5f3a9c"  # noqa: S105 (a stand-in, must never be printed)


def world_readable(path: Path) -> None:
    os.chmod(path, 0o755)  # noqa: S103 (the remapped sandbox user must read it)


@pytest.fixture(scope="module")
def wheelhouse():
    assert os.geteuid() == 0, "the sandbox integration tests need root (CI runs as root)"
    with (
        tempfile.TemporaryDirectory(prefix="isolation-wheels-") as directory,
        tempfile.TemporaryDirectory(prefix="isolation-source-") as source,
    ):
        # The wheel, from a copy of the checkout with the labextension already built here, but
        # without the install.json that `jupyter-builder develop` puts in it (the wheel maps
        # the top-level one there).
        def ignore(folder, names):
            skip = {"node_modules", ".venv", ".compat", ".git", "dist", "ui-tests", "lib"}
            if Path(folder).name == "labextension":
                skip.add("install.json")
            return skip & set(names)

        shutil.copytree(REPO, Path(source) / "src", ignore=ignore, symlinks=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--quiet",
                "--no-deps",
                "--no-build-isolation",
                "--wheel-dir",
                directory,
                str(Path(source) / "src"),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        world_readable(Path(directory))
        for wheel in Path(directory).iterdir():
            wheel.chmod(0o644)
        yield directory


@pytest.fixture(scope="module")
def space_env():
    """A virtual environment the sandbox user owns, as sagemaker-user owns the image's.

    Its dependencies are the development environment's, made visible through a .pth file
    (without this package, so pip must install the wheel for real). The sandbox sees neither
    this checkout nor /tmp of the host: each folder it needs is bound into it (run_script).
    """
    with tempfile.TemporaryDirectory(prefix="isolation-space-") as directory:
        root = Path(directory)
        subprocess.run(["/usr/bin/python3", "-m", "venv", str(root / "env")], check=True)
        deps = root / "deps"
        deps.mkdir()
        for entry in DEV_SITE.iterdir():
            name = entry.name.lower()
            if name.endswith(".pth") or "isolation_info" in name or name.startswith("__editable"):
                continue
            # Dangling here, whole inside the sandbox, where DEV_SITE is /opt/dev-site.
            (deps / entry.name).symlink_to(f"/opt/dev-site/{entry.name}")
        site = next((root / "env" / "lib").glob("python3*/site-packages"))
        # The sandbox sees this folder at /opt/space (bound below).
        (site / "space-deps.pth").write_text("/opt/space/deps\n")
        for path in [root, *root.rglob("*")]:
            if not path.is_symlink():
                os.chown(path, SANDBOX_USER_ON_HOST, SANDBOX_USER_ON_HOST)
        yield root


def run_script(wheelhouse, space_env, *setenv):
    command = [
        str(SANDBOX),
        "--ro-bind",
        f"{wheelhouse}:/opt/wheels",
        "--bind",
        f"{space_env}:/opt/space",
        "--ro-bind",
        f"{DEV_SITE}:/opt/dev-site",
        "--ro-bind",
        f"{SCRIPT.parent}:/opt/examples",
        "--setenv",
        "PATH=/opt/space/env/bin:/usr/bin:/bin",
        "--setenv",
        "ISOLATION_INFO_PIP_OPTIONS=--no-index --find-links /opt/wheels",
        "--setenv",
        f"AWS_SECRET_ACCESS_KEY={SECRET}",
        "--setenv",
        f"JUPYTER_TOKEN={SECRET}",
        *(option for value in setenv for option in ("--setenv", value)),
        "--",
        "/bin/bash",
        f"/opt/examples/{SCRIPT.name}",
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_the_lifecycle_script_logs_one_valid_report_line(wheelhouse, space_env):
    result = run_script(wheelhouse, space_env)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    report = json.loads(lines[0])
    assert report["schema_version"] == 1
    if SCHEMA.exists():
        import jsonschema

        schema = json.loads(SCHEMA.read_text())
        jsonschema.validators.validator_for(schema)(schema).validate(report)
    else:  # the schema file is not in this checkout yet: the contract's top level at least
        assert {"run_as", "user_namespace", "home", "metadata", "findings"} <= set(report)
    # It ran in the sandbox, as the space's user, from the wheel pip installed there.
    assert report["run_as"]["uid"] == 1000
    assert report["user_namespace"]["host_uid"] == SANDBOX_USER_ON_HOST
    assert report["metadata"]["fields"]["AppType"] == "JupyterLab"
    installed = list((space_env / "env" / "lib").glob("python3*/site-packages/*.dist-info"))
    assert any(p.name.startswith("jupyterlab_isolation_info-") for p in installed)
    # Variables may be named, never their values.
    assert SECRET not in result.stdout
    assert SECRET not in result.stderr


def test_a_failed_install_never_fails_the_space(wheelhouse, space_env):
    # A version no wheel has, and no index to ask: pip fails, the space must still start.
    result = run_script(
        wheelhouse, space_env, "ISOLATION_INFO_PACKAGE=jupyterlab-isolation-info==999"
    )
    assert result.returncode == 0
    assert result.stdout == ""
    assert "could not install jupyterlab-isolation-info==999" in result.stderr
    assert SECRET not in result.stdout + result.stderr


@pytest.fixture(autouse=True, scope="module")
def _tools():
    for tool in ("unshare", "nsenter", "setpriv"):
        assert shutil.which(tool), f"{tool} is missing: `make test` installs it (util-linux)"
