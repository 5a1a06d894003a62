"""`make test-compat`: the built wheel in the JupyterLab versions Studio users run.

For each environment below: a virtual environment from Debian's python3 under .compat/ (created
once, then reused while its requirement list is unchanged), the wheel installed as a user would
(`pip install <wheel>`, dependencies included) and checked to change no package already there,
both extension lists, then a JupyterLab server from that environment on a free loopback port and
the Playwright smoke test in smoke.compat.ts against it.

Usage: python ui-tests/compat/run.py WHEEL [ENV ...]   (default: every environment)
Exit status: 0 when every environment passes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
UI_TESTS = REPO / "ui-tests"
COMPAT_DIR = REPO / ".compat"
BASE_PYTHON = os.environ.get("BASE_PYTHON", "/usr/bin/python3")
DIST_NAME = "jupyterlab_isolation_info"
LABEXTENSION = "jupyterlab-isolation-info"

# What SageMaker Distribution images carry (image line: JupyterLab, jupyter_server):
# 1.x 4.0.7 with 2.8; 3.x up to 4.4.10; 2.x and the newest 4.x line up to 4.5.10 with 2.20.
ENVIRONMENTS: dict[str, list[str]] = {
    "jupyterlab-4.0": ["jupyterlab==4.0.7", "jupyter_server==2.8.0"],
    "jupyterlab-4.4": ["jupyterlab==4.4.10"],
    "jupyterlab-4.5": ["jupyterlab==4.5.10"],
    "jupyterlab-newest": ["jupyterlab>=4,<5"],
    # Shaped like the newest SageMaker Distribution image's JupyterLab app: its pins, SageMaker's
    # own extensions as published on PyPI, and real-time collaboration.
    "studio-newest": [
        "jupyterlab==4.5.10",
        "jupyter_server==2.20.0",
        "notebook==7.5.7",
        "ipykernel==7.3.0",
        "sagemaker-jupyterlab-extension==0.6.1",
        "amazon-sagemaker-jupyter-scheduler",
        "jupyter-activity-monitor-extension",
        "jupyter-collaboration==4.4.2",
    ],
}


def log(message: str) -> None:
    print(f"[compat] {message}", flush=True)


def run(cmd: list[str], env: dict[str, str], check: bool = True, **kwargs):
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False, **kwargs)
    if check and result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    return result


def clean_env(venv: Path, jupyter_home: Path) -> dict[str, str]:
    """The environment's own bin first; Jupyter's config and data paths private to this run."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("JUPYTER", "VIRTUAL_ENV", "PYTHON", "PIP_REQUIRE"))
    }
    path = [p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(REPO))]
    env["PATH"] = os.pathsep.join([str(venv / "bin"), *path])
    env["VIRTUAL_ENV"] = str(venv)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["JUPYTER_CONFIG_DIR"] = str(jupyter_home / "config")
    env["JUPYTER_DATA_DIR"] = str(jupyter_home / "data")
    env["JUPYTER_RUNTIME_DIR"] = str(jupyter_home / "runtime")
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def ensure_environment(name: str, requirements: list[str]) -> Path:
    """Create .compat/<name> once; recreate it when its requirement list changes."""
    venv = COMPAT_DIR / name
    stamp = venv / "compat-requirements.txt"
    wanted = "\n".join(requirements) + "\n"
    if stamp.exists() and stamp.read_text() == wanted:
        return venv
    shutil.rmtree(venv, ignore_errors=True)
    log(f"{name}: creating the environment: {' '.join(requirements)}")
    subprocess.run([BASE_PYTHON, "-m", "venv", str(venv)], check=True)
    env = clean_env(venv, COMPAT_DIR / "jupyter-home")
    run([str(venv / "bin" / "pip"), "install", "-q", "--upgrade", "pip"], env)
    run([str(venv / "bin" / "pip"), "install", "-q", *requirements], env)
    stamp.write_text(wanted)
    return venv


def freeze(venv: Path, env: dict[str, str]) -> list[str]:
    out = run([str(venv / "bin" / "pip"), "freeze", "--all"], env).stdout
    return sorted(
        line
        for line in out.splitlines()
        if line and not re.match(rf"(?i){DIST_NAME.replace('_', '[-_]')}\b", line)
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback)
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def shared_ranges(static: Path) -> dict[str, str]:
    """The version ranges this extension's remoteEntry requires of its shared modules.

    An "Unsatisfied version ... of shared singleton module M (required R)" warning is ours when
    M and R are one of these pairs.
    """
    (entry,) = static.glob("remoteEntry.*.js")
    pairs = re.findall(
        r'"(@[\w.-]+/[\w.-]+)",import:[^,]*,requiredVersion:"([^"]*)"', entry.read_text()
    )
    if not pairs:
        raise RuntimeError(f"no shared module ranges found in {entry}")
    return dict(pairs)


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def check_environment(name: str, wheel: Path, work: Path) -> dict:
    result: dict = {"environment": name, "passed": False, "phase_seconds": {}}
    started = time.monotonic()

    def phase(label: str) -> None:
        now = time.monotonic()
        result["phase_seconds"][label] = round(now - phase.last, 1)
        phase.last = now

    phase.last = started
    venv = ensure_environment(name, ENVIRONMENTS[name])
    jupyter_home = work / name
    env = clean_env(venv, jupyter_home)
    phase("environment")
    pip = str(venv / "bin" / "pip")
    jupyter = str(venv / "bin" / "jupyter")

    # As on a machine without Node: the environment's own bin and nothing else on PATH. A wheel
    # install never builds anything; this proves that nothing here needs node.
    no_node = dict(env, PATH=str(venv / "bin"))
    if shutil.which("node", path=no_node["PATH"]):
        raise RuntimeError(f"node is in {no_node['PATH']}")
    # A previous run's install is taken out, so "before" is the environment without us.
    run([pip, "uninstall", "-q", "-y", DIST_NAME], no_node, check=False)
    before = freeze(venv, no_node)
    run([pip, "install", "-q", str(wheel)], no_node)
    after = freeze(venv, no_node)
    changed = sorted(set(before) ^ set(after))
    result["changed_packages"] = changed
    versions = {
        line.split("==")[0].lower().replace("_", "-"): line.split("==")[1]
        for line in after
        if "==" in line
    }
    result["jupyterlab"] = versions.get("jupyterlab")
    result["jupyter_server"] = versions.get("jupyter-server")
    result["pip_check"] = run([pip, "check"], no_node, check=False).stdout.strip()

    phase("install")
    lab_list = run([jupyter, "labextension", "list"], no_node)
    lab_text = ANSI.sub("", lab_list.stdout + lab_list.stderr)
    ours = [line.strip() for line in lab_text.splitlines() if f"{LABEXTENSION} v" in line]
    result["labextension_list"] = ours[0] if ours else None
    result["labextension_list_others_not_ok"] = [
        line.strip()
        for line in lab_text.splitlines()
        if re.search(r" v\S+ .*enabled\s+X", line) and LABEXTENSION not in line
    ]
    server_list = run([jupyter, "server", "extension", "list"], no_node)
    server_text = ANSI.sub("", server_list.stdout + server_list.stderr)
    server_lines = [line.strip() for line in server_text.splitlines() if DIST_NAME in line]
    result["server_extension_list"] = server_lines

    labextension_ok = (
        len(ours) == 1
        and re.search(r"\benabled\b.*\bOK\b", ours[0]) is not None
        and "not compatible" not in lab_text
    )
    server_ok = any(re.search(r"\benabled\b", line) for line in server_lines) and any(
        re.search(rf"{DIST_NAME} \S+ OK", line) for line in server_lines
    )

    phase("extension lists")
    port = free_port()
    root_dir = work / f"{name}-root"
    root_dir.mkdir()
    server_log = (work / f"{name}-server.log").open("w")
    server = subprocess.Popen(
        [
            jupyter,
            "lab",
            f"--config={HERE / 'jupyter_compat_config.py'}",
            f"--port={port}",
            f"--ServerApp.root_dir={root_dir}",
        ],
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    smoke_file = work / f"{name}-smoke.json"
    try:
        wait_for(f"http://127.0.0.1:{port}/lab", server)
        phase("server start")
        shared = shared_ranges(venv / "share/jupyter/labextensions" / LABEXTENSION / "static")
        playwright_env = dict(os.environ)
        playwright_env.update(
            COMPAT_BASE_URL=f"http://127.0.0.1:{port}",
            COMPAT_ENVIRONMENT=name,
            COMPAT_SHARED=json.dumps(shared),
            COMPAT_RESULT=str(smoke_file),
        )
        smoke = subprocess.run(
            [
                str(UI_TESTS / "node_modules" / ".bin" / "playwright"),
                "test",
                "--config",
                str(HERE / "playwright.config.js"),
                "--output",
                str(work / f"{name}-playwright"),
            ],
            cwd=UI_TESTS,
            env=playwright_env,
            capture_output=True,
            text=True,
            check=False,
        )
        phase("smoke")
        result["smoke_passed"] = smoke.returncode == 0
        if smoke.returncode != 0:
            result["smoke_output"] = (smoke.stdout + smoke.stderr)[-4000:]
        if smoke_file.exists():
            result.update(json.loads(smoke_file.read_text()))
    finally:
        stop(server)
        server_log.close()

    result["labextension_ok"] = labextension_ok
    result["server_extension_ok"] = server_ok
    result["passed"] = (
        not changed and labextension_ok and server_ok and result.get("smoke_passed", False)
    )
    result["seconds"] = round(time.monotonic() - started)
    return result


def summary(results: list[dict]) -> str:
    lines = [
        "| environment | JupyterLab | jupyter_server | packages changed | labextension list "
        "| server ext | smoke | unsatisfied-version warnings (ours / all) | result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            "| {environment} | {lab} | {server} | {changed} | `{lablist}` | {srv} | {smoke} "
            "| {ours} / {all} | {result} |".format(
                environment=r["environment"],
                lab=r.get("jupyterlab"),
                server=r.get("jupyter_server"),
                changed=", ".join(r.get("changed_packages", [])) or "none",
                lablist=r.get("labextension_list"),
                srv="OK" if r.get("server_extension_ok") else "NOT OK",
                smoke="pass" if r.get("smoke_passed") else "FAIL",
                ours=r.get("unsatisfied_ours", "?"),
                all=r.get("unsatisfied_all", "?"),
                result="PASS" if r["passed"] else "FAIL",
            )
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv or not argv[0].endswith(".whl"):
        print(__doc__, file=sys.stderr)
        return 2
    wheel = Path(argv[0]).resolve()
    names = argv[1:] or list(ENVIRONMENTS)
    unknown = [n for n in names if n not in ENVIRONMENTS]
    if unknown:
        print(f"unknown environment(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    COMPAT_DIR.mkdir(exist_ok=True)
    results = []
    # Server logs and Playwright's error context of the last run stay for a reader.
    work = COMPAT_DIR / "last-run"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    for name in names:
        log(f"{name}: start")
        try:
            result = check_environment(name, wheel, work)
        except Exception as error:  # one broken environment must not hide the others
            result = {"environment": name, "passed": False, "error": str(error)[-4000:]}
        results.append(result)
        log(f"{name}: {'PASS' if result['passed'] else 'FAIL'}")
        if not result["passed"]:
            print(json.dumps(result, indent=2), flush=True)
    table = summary(results)
    (COMPAT_DIR / "results.md").write_text(table + "\n")
    (COMPAT_DIR / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(table)
    return 0 if all(r["passed"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
