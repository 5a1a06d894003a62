"""A fleet of three Jupyter servers scraped by a real Prometheus, checked through PromQL.

Everything listens on 127.0.0.1 and everything is stopped at the end. The servers differ:

- ``restricted``: `jupyter server` as uid 65534 with no capabilities, no_new_privs and a seccomp
  filter (setpriv and seccomp_allow_all.py), and an extra endpoint expected blocked (a closed
  loopback port: routable, so not blocked);
- ``host``: `jupyter server` as this test's user (root on the host), with a Studio-like metadata
  file of its own;
- ``sandbox``: `jupyter server` inside the Studio-like sandbox (scripts/studio-sandbox:
  remapped, the instance metadata service blackholed), listening on a Unix socket that a
  loopback forwarder (scripts/sandbox/forward.py) exposes, as `make studio-lab` does.

Prometheus (Debian's package) scrapes each with its own token, as JupyterHub's services do:
`Authorization: Bearer …` for two, `Authorization: token …` for the third. Its answers are
checked against each server's own report, fetched from the same cached snapshot. The last test
draws the documentation's picture of the fleet's view (docs/fleet.png) with Debian's chromium.
"""

import html.parser
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from as_other_user import readable_venv

REPO = Path(__file__).resolve().parents[3]
SANDBOX = REPO / "scripts" / "studio-sandbox"
FORWARD = REPO / "scripts" / "sandbox" / "forward.py"
# Written only on a checkout (docs/ beside the package), as the UI tests write their pictures.
PICTURE = REPO / "docs" / "fleet.png"
# Run by the venv's own python, so it is found in a staged copy of the venv too.
SECCOMP_ALLOW_ALL = "jupyterlab_isolation_info.tests.seccomp_allow_all"
NOBODY = 65534
WAIT = 90  # seconds: the bound of every wait here
# The report is collected once and kept: the metrics and the report the test reads are the same.
KEEP = ["--IsolationInfo.cache_ttl=3600", "--IsolationInfo.metrics_max_age=3600"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, token: str | None = None, timeout: float = 5) -> bytes:
    request = urllib.request.Request(url)  # noqa: S310 - loopback only, built here
    if token:
        request.add_header("Authorization", f"token {token}")
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        return response.read()


def wait_for(what: str, check, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            result = check()
        except OSError as error:  # not listening yet
            last = error
            result = None
        if result:
            return result
        time.sleep(0.25)
    pytest.fail(f"timed out after {timeout} s waiting for {what} (last error: {last})")


class Fleet:
    def __init__(self, directory: Path):
        self.directory = directory
        self.processes: list[subprocess.Popen] = []
        self.servers: dict[str, dict] = {}  # name -> {port, token}
        self.prometheus = ""  # Prometheus's own web UI and API, once started

    def start(self, argv, **kwargs) -> subprocess.Popen:
        log = open(self.directory / f"log-{len(self.processes)}.txt", "wb")  # noqa: SIM115
        process = subprocess.Popen(
            argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
        )
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
            for path in sorted(self.directory.glob("log-*.txt"))
        )


def server_argv(venv: Path, port: int | None, token: str, *extra: str) -> list[str]:
    where = [f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1"] if port else []
    return [
        str(venv / "bin" / "jupyter"),
        "server",
        "--no-browser",
        *where,
        f"--IdentityProvider.token={token}",
        "--ServerApp.port_retries=0",
        *KEEP,
        *extra,
    ]


def jupyter_env(home: Path, venv: Path) -> dict:
    return {
        "PATH": f"{venv}/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
        "JUPYTER_DATA_DIR": str(home / ".local/share/jupyter"),
        "JUPYTER_RUNTIME_DIR": str(home / ".local/share/jupyter/runtime"),
        "JUPYTER_PLATFORM_DIRS": "1",
    }


@pytest.fixture(scope="module")
def fleet():
    assert os.geteuid() == 0, "the fleet test needs root for setpriv and the sandbox (CI is root)"
    for tool in ("prometheus", "setpriv", "unshare", "nsenter"):
        assert shutil.which(tool), f"{tool} is missing: `make test` installs it (DEBIAN_PACKAGES)"
    with tempfile.TemporaryDirectory(prefix="isolation-fleet-") as directory:
        base = Path(directory)
        os.chmod(base, 0o755)  # noqa: S103 - the servers' users traverse it
        fleet = Fleet(base)
        try:
            _start_servers(fleet, base, readable_venv())
            yield fleet
        finally:
            fleet.stop()


def _start_servers(fleet: Fleet, base: Path, venv: Path) -> None:
    # restricted: uid 65534, no capabilities, no_new_privs, a seccomp filter.
    home = base / "restricted-home"
    home.mkdir()
    os.chown(home, NOBODY, NOBODY)
    closed = free_port()  # nothing listens there: a route exists, so it is not blocked
    config = home / "config.py"
    config.write_text(
        "c.IsolationInfo.extra_endpoints = [{'id': 'loopback-closed', 'name': 'A closed port', "
        f"'host': '127.0.0.1', 'port': {closed}, 'expected': 'blocked'}}]\n"
    )
    config.chmod(0o644)
    port, token = free_port(), "restricted-token-0123456789abcdef"
    fleet.servers["restricted"] = {"port": port, "token": token}
    fleet.start(
        [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            "--no-new-privs",
            "--inh-caps=-all",
            "--bounding-set=-all",
            str(venv / "bin" / "python"),
            "-m",
            SECCOMP_ALLOW_ALL,
            *server_argv(venv, port, token, f"--config={config}"),
        ],
        env=jupyter_env(home, venv),
        cwd=home,
    )

    # host: this test's user, a metadata file of its own (Studio's JupyterLab app type).
    home = base / "host-home"
    home.mkdir()
    metadata = home / "resource-metadata.json"
    metadata.write_text(
        json.dumps(
            {
                "AppType": "JupyterLab",
                "DomainId": "d-fleettest0001",
                "SpaceName": "fleet-space",
                "ResourceName": "default",
            }
        )
    )
    port, token = free_port(), "host-token-fedcba9876543210"
    fleet.servers["host"] = {"port": port, "token": token}
    fleet.start(
        server_argv(
            venv,
            port,
            token,
            f"--IsolationInfo.metadata_path={metadata}",
            "--ServerApp.allow_root=True",
        ),
        env=jupyter_env(home, venv),
        cwd=home,
    )

    # sandbox: Studio-like namespaces, reached through a Unix socket and a loopback forwarder.
    shared = base / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    port, token = free_port(), "sandbox-token-00112233445566778899"
    fleet.servers["sandbox"] = {"port": port, "token": token}
    fleet.start(["/usr/bin/python3", str(FORWARD), str(port), str(shared / "jupyter.sock")])
    sandbox_home = "/home/sagemaker-user"
    # The sandbox has a /tmp of its own: a venv or checkout under /tmp is bound in at its path.
    binds = [
        option
        for path in dict.fromkeys((venv, REPO))
        if path.is_relative_to("/tmp")
        for option in ("--ro-bind", f"{path}:{path}")
    ]
    fleet.start(
        [
            str(SANDBOX),
            *binds,
            "--bind",
            f"{shared}:/tmp/shared",
            "--setenv",
            f"PATH={venv}/bin:/usr/local/bin:/usr/bin:/bin",
            "--setenv",
            f"JUPYTER_CONFIG_DIR={sandbox_home}/.jupyter",
            "--setenv",
            f"JUPYTER_DATA_DIR={sandbox_home}/.local/share/jupyter",
            "--setenv",
            f"JUPYTER_RUNTIME_DIR={sandbox_home}/.local/share/jupyter/runtime",
            "--",
            *server_argv(
                venv,
                None,
                token,
                "--ServerApp.sock=/tmp/shared/jupyter.sock",
                "--ServerApp.sock_mode=0666",
            ),
        ]
    )
    for name, server in fleet.servers.items():
        url = f"http://127.0.0.1:{server['port']}/api/status"
        wait_for(
            f"the {name} server\n{fleet.logs()}", lambda url=url, s=server: get(url, s["token"])
        )


@pytest.fixture(scope="module")
def prometheus(fleet):
    base = fleet.directory
    port = free_port()
    jobs = []
    for name, server in fleet.servers.items():
        jobs.append(
            {
                "job_name": f"jupyter-{name}",
                "scrape_interval": "1s",
                "scrape_timeout": "1s",
                "metrics_path": "/metrics",
                # JupyterHub's own form for one of them, the bearer form for the others.
                "authorization": {
                    "type": "token" if name == "host" else "Bearer",
                    "credentials": server["token"],
                },
                "static_configs": [
                    {"targets": [f"127.0.0.1:{server['port']}"], "labels": {"server": name}}
                ],
            }
        )
    config = base / "prometheus.yml"
    # JSON is YAML: no YAML writer needed.
    config.write_text(json.dumps({"global": {"scrape_interval": "1s"}, "scrape_configs": jobs}))
    storage = base / "tsdb"
    fleet.start(
        [
            "prometheus",
            f"--config.file={config}",
            f"--storage.tsdb.path={storage}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--log.level=warn",
        ]
    )
    fleet.prometheus = f"http://127.0.0.1:{port}"
    api = f"{fleet.prometheus}/api/v1"

    def query(expression: str) -> list[dict]:
        body = get(f"{api}/query?{urllib.parse.urlencode({'query': expression})}")
        answer = json.loads(body)
        assert answer["status"] == "success", answer
        return answer["data"]["result"]

    wait_for(f"prometheus\n{fleet.logs()}", lambda: get(f"http://127.0.0.1:{port}/-/ready"))
    # Every server scraped with a report: the first scrape says there is none yet and starts
    # one in the background; a later one carries it.
    wait_for(
        f"three servers with a report in prometheus\n{fleet.logs()}",
        lambda: len(query("jupyter_isolation_report_available == 1")) == 3,
    )
    return query


@pytest.fixture(scope="module")
def reports(fleet, prometheus):
    found = {}
    for name, server in fleet.servers.items():
        url = f"http://127.0.0.1:{server['port']}/isolation-info/report"
        found[name] = json.loads(get(url, server["token"], timeout=30))
    return found


def value(sample: dict) -> float:
    return float(sample["value"][1])


def open_endpoints(report: dict) -> int:
    """What the metrics promise: each endpoint id (all EFS mount targets as one) not blocked."""
    statuses = {}
    for endpoint in report["endpoints"]:
        key = "efs" if endpoint["id"].startswith("efs-") else endpoint["id"]
        statuses.setdefault(key, set()).add(endpoint["status"])
    return sum(bool(s & {"routable", "reachable"}) for s in statuses.values())


def test_the_servers_are_as_configured(reports):
    assert reports["restricted"]["policy"]["level"] == "restricted"
    assert reports["restricted"]["run_as"]["uid"] == NOBODY
    endpoint = next(e for e in reports["restricted"]["endpoints"] if e["id"] == "loopback-closed")
    assert endpoint["status"] == "routable"
    assert reports["host"]["metadata"]["fields"]["SpaceName"] == "fleet-space"
    assert reports["sandbox"]["user_namespace"]["remapped"] is True
    assert {e["status"] for e in reports["sandbox"]["endpoints"]} == {"blocked"}


def test_count_of_open_endpoints_is_the_fleets(prometheus, reports):
    [answer] = prometheus("count(jupyter_isolation_endpoint_blocked == 0)")
    assert value(answer) == sum(open_endpoints(r) for r in reports.values())
    blocked = prometheus('jupyter_isolation_endpoint_blocked{server="sandbox"}')
    assert {s["metric"]["endpoint"]: value(s) for s in blocked} == {
        e["id"]: 1.0 for e in reports["sandbox"]["endpoints"]
    }


def test_findings_by_severity_summed_over_the_fleet(prometheus, reports):
    answer = prometheus("sum by (severity) (jupyter_isolation_findings)")
    got = {s["metric"]["severity"]: value(s) for s in answer}
    expected = {
        severity: float(
            sum(f["severity"] == severity for r in reports.values() for f in r["findings"])
        )
        for severity in ("critical", "warning", "info")
    }
    assert got == expected


def test_the_servers_that_are_not_restricted(prometheus, reports):
    answer = prometheus('jupyter_isolation_pod_security_level{level="restricted"} == 0')
    assert (
        {s["metric"]["server"] for s in answer}
        == {name for name, r in reports.items() if r["policy"]["level"] != "restricted"}
        == {"host", "sandbox"}
    )


def test_identity_facts_per_server(prometheus, reports):
    answer = prometheus("jupyter_isolation_host_uid")
    assert {s["metric"]["server"]: value(s) for s in answer} == {
        name: float(r["user_namespace"]["host_uid"]) for name, r in reports.items()
    }
    [remapped] = prometheus("jupyter_isolation_user_namespace_remapped == 1")
    assert remapped["metric"]["server"] == "sandbox"


def test_each_servers_volumes_by_role_are_its_reports(prometheus, reports):
    """The volume series of every server are the figures of its report, labelled by role alone
    (never a mount point or device)."""
    from jupyterlab_isolation_info import metrics

    answer = prometheus('{__name__=~"jupyter_isolation_volume_.+"}')
    got = {
        (s["metric"]["server"], s["metric"]["__name__"], s["metric"]["role"]): value(s)
        for s in answer
    }
    expected = {
        (name, sample, labels["role"]): figure
        for name, report in reports.items()
        for sample, labels, figure in metrics.samples(report, ())
        if sample.startswith("jupyter_isolation_volume_")
    }
    assert got == expected
    assert {(server, role) for server, _, role in got} >= {
        (server, role) for server in reports for role in ("home", "root", "shm")
    }
    assert {key for s in answer for key in s["metric"]} == {
        "__name__",
        "instance",
        "job",
        "server",
        "role",
    }


# The picture of the fleet's view: "which finding, how many servers", as Prometheus's own UI
# shows it. Debian's Prometheus 2 serves the classic UI (no React build): its Console tab.
FLEET_QUESTION = "count by (finding) (jupyter_isolation_finding)"
WIDTH = 1100


def window_height(rows: int) -> int:
    # The classic UI's console table starts 372 px down and each row is 30 px high: the whole
    # table and its panel's border, whatever the number of findings on this machine.
    return 390 + 30 * rows


def chromium(profile: Path, url: str, height: int, *output: str) -> subprocess.CompletedProcess:
    """Debian's chromium, headless, with the background traffic of ui-tests/chromium.js off and
    every host name but 127.0.0.1 unresolvable: the page and its assets are all on loopback.
    Its profile and home are the test's folder's."""
    return subprocess.run(
        [
            "/usr/bin/chromium",
            "--headless=new",
            "--no-sandbox",  # root
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            f"--user-data-dir={profile}",
            "--hide-scrollbars",
            f"--window-size={WIDTH},{height}",
            # Virtual time waits for the page's query to come back before it ends.
            "--virtual-time-budget=8000",
            *output,
            url,
        ],
        env={"PATH": "/usr/bin:/bin", "HOME": str(profile)},
        capture_output=True,
        timeout=WAIT,
        check=True,
    )


class ConsoleTable(html.parser.HTMLParser):
    """The rows of the classic UI's console table, each a list of its cells' text."""

    def __init__(self):
        super().__init__()
        self.rows: list[list[str]] = []
        self.inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.inside = "console_table" in (dict(attrs).get("class") or "")
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag == "td":
            self.rows[-1].append("")

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False

    def handle_data(self, data):
        if self.inside and self.rows and self.rows[-1]:
            self.rows[-1][-1] += data


def png_size(picture: bytes) -> tuple[int, int]:
    # PNG (RFC 2083): the 8-byte signature, then IHDR whose data starts with width and height.
    assert picture[:8] == b"\x89PNG\r\n\x1a\n" and picture[12:16] == b"IHDR", picture[:16]
    return struct.unpack(">II", picture[16:24])


def test_prometheus_draws_the_fleets_answer_for_the_documentation(fleet, prometheus, reports):
    assert Path("/usr/bin/chromium").is_file(), "chromium is missing: `make test` installs it"
    # The answer: on how many servers each finding is, one series per finding id and severity.
    expected = Counter(
        finding_id
        for report in reports.values()
        for finding_id, _ in {(f["id"], f["severity"]) for f in report["findings"]}
    )
    answer = {s["metric"]["finding"]: value(s) for s in prometheus(FLEET_QUESTION)}
    assert answer == {finding_id: float(n) for finding_id, n in expected.items()}
    assert answer, "the restricted server's closed port at least is a finding"

    query = urllib.parse.urlencode({"g0.expr": FLEET_QUESTION, "g0.tab": "1"})
    url = f"{fleet.prometheus}/classic/graph?{query}"
    # The page as drawn lists the same answer: the DOM after its query came back.
    table = ConsoleTable()
    height = window_height(len(answer))
    page = chromium(fleet.directory / "chromium-dom", url, height, "--dump-dom")
    table.feed(page.stdout.decode())
    shown = {row[0]: float(row[1]) for row in table.rows if len(row) == 2}
    assert shown == {f'{{finding="{f}"}}': n for f, n in answer.items()}, table.rows

    drawn = fleet.directory / "fleet.png"
    chromium(fleet.directory / "chromium-picture", url, height, f"--screenshot={drawn}")
    picture = drawn.read_bytes()
    assert png_size(picture) == (WIDTH, height)
    if PICTURE.parent.joinpath("conf.py").is_file():
        PICTURE.write_bytes(picture)
