"""What must hold at the HTTP boundary, proven through a real jupyter_server.

Authentication, authorization under the `isolation-info` resource, XSRF on POST,
no request-controlled probe targets, no environment values in any output, bad
input answered with 200 and a per-field error, and behaviour under load.
"""

import asyncio
import json
import os
import socket
import threading
import time
from http.cookies import SimpleCookie

import pytest
from jupyter_server.auth.authorizer import Authorizer
from tornado.httpclient import HTTPClientError

from jupyterlab_isolation_info.routes import SERVICE_KEY


SECRETS = {
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY",
    "AWS_SESSION_TOKEN": "FwoGZXIvYXdzEXAMPLESESSIONTOKENvalue123",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/secret-credential-path-xyz",
}


class DenyIsolationInfo(Authorizer):
    """Allows everything except this extension's resource."""

    def is_authorized(self, handler, user, action, resource):
        return resource != "isolation-info"


def _server_config(**isolation_info):
    return {
        "ServerApp": {
            "jpserver_extensions": {"jupyterlab_isolation_info": True},
            "allow_unauthenticated_access": False,
        },
        "IsolationInfo": isolation_info,
    }


class LoopbackListener:
    """A TCP listener on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            conn.close()

    def close(self):
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    server = LoopbackListener()
    yield server
    server.close()


class TestAuthorization:
    @pytest.fixture
    def jp_server_config(self):
        config = _server_config()
        config["ServerApp"]["authorizer_class"] = DenyIsolationInfo
        return config

    @pytest.mark.parametrize(("method", "path"), [("GET", "report"), ("POST", "probe")])
    async def test_an_authorizer_that_denies_the_resource_gets_403(self, jp_fetch, method, path):
        body = b"" if method == "POST" else None
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", path, method=method, body=body)
        assert error.value.code == 403

    async def test_other_resources_stay_allowed(self, jp_fetch):
        response = await jp_fetch("api", "status")
        assert response.code == 200


class TestXsrf:
    @pytest.fixture
    def jp_server_config(self):
        return _server_config(active_probes=True, probe_timeout=0.2)

    async def _login_cookie(self, jp_fetch) -> str:
        # A token-authenticated request sets the login cookie, as a browser login does.
        response = await jp_fetch("api", "me")
        cookie = SimpleCookie()
        for header in response.headers.get_list("Set-Cookie"):
            cookie.load(header)
        assert cookie, "the server set no login cookie"
        return "; ".join(f"{key}={morsel.value}" for key, morsel in cookie.items())

    async def test_cookie_authenticated_post_without_xsrf_token_is_refused(self, jp_fetch):
        cookie = await self._login_cookie(jp_fetch)
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch(
                "isolation-info",
                "probe",
                method="POST",
                body=b"",
                headers={"Authorization": "", "Cookie": cookie},
            )
        assert error.value.code == 403

    async def test_cookie_authenticated_post_with_xsrf_token_runs(self, jp_fetch):
        cookie = await self._login_cookie(jp_fetch)
        xsrf = "2|abcdef01|0123456789abcdef0123456789abcdef|1700000000"
        response = await jp_fetch(
            "isolation-info",
            "probe",
            method="POST",
            body=b"",
            headers={
                "Authorization": "",
                "Cookie": f"{cookie}; _xsrf={xsrf}",
                "X-XSRFToken": xsrf,
            },
        )
        assert response.code == 200
        assert json.loads(response.body)["schema_version"] == 1


class TestNoSsrf:
    @pytest.fixture
    def jp_server_config(self):
        return _server_config(active_probes=True, probe_timeout=0.2, probe_min_interval=0.0)

    async def test_a_client_named_target_is_never_contacted(self, jp_fetch, listener):
        target = {"host": "127.0.0.1", "port": str(listener.port)}
        endpoint = {"id": "evil", "name": "evil", "expected": "reachable", **target}
        await jp_fetch("isolation-info", "report", params={**target, "refresh": "1"})
        await jp_fetch(
            "isolation-info", "probe", method="POST", body=json.dumps(target), params=target
        )
        response = await jp_fetch(
            "isolation-info",
            "probe",
            method="POST",
            body=json.dumps({"extra_endpoints": [endpoint], "endpoints": [endpoint]}),
            headers={"X-Probe-Host": "127.0.0.1", "X-Probe-Port": str(listener.port)},
        )
        await asyncio.sleep(0.3)

        assert listener.accepted == 0
        report = json.loads(response.body)
        assert all(e["id"] != "evil" for e in report["endpoints"])
        assert str(listener.port) not in response.body.decode()


class TestConfiguredProbes:
    @pytest.fixture
    def jp_server_config(self, listener):
        return _server_config(
            active_probes=True,
            probe_timeout=0.5,
            probe_min_interval=0.0,
            extra_endpoints=[
                {
                    "id": "loopback",
                    "name": "A loopback listener",
                    "host": "127.0.0.1",
                    "port": listener.port,
                    "expected": "reachable",
                }
            ],
        )

    async def test_only_the_configured_target_is_probed(self, jp_fetch, listener):
        response = await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        report = json.loads(response.body)
        loopback = next(e for e in report["endpoints"] if e["id"] == "loopback")
        assert loopback["status"] == "reachable"
        assert loopback["method"] == "connect"
        assert listener.accepted == 1

    async def test_a_passive_report_sends_nothing(self, jp_fetch, listener):
        response = await jp_fetch("isolation-info", "report", params={"refresh": "1"})
        loopback = next(e for e in json.loads(response.body)["endpoints"] if e["id"] == "loopback")
        assert loopback["method"] == "route"
        assert listener.accepted == 0


@pytest.fixture
def hanging_port():
    """A loopback port whose connects hang: its one-slot accept queue is kept full."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port))
    yield port
    filler.close()
    server.close()


class TestHangingProbe:
    @pytest.fixture
    def jp_server_config(self, hanging_port):
        hang = {"name": "A hanging target", "host": "127.0.0.1", "port": hanging_port}
        return _server_config(
            active_probes=True,
            probe_timeout=0.5,
            extra_endpoints=[{"id": f"hang-{n}", "expected": "blocked", **hang} for n in range(3)],
        )

    async def test_three_hanging_probes_are_cut_together_at_the_timeout(self, jp_fetch):
        started = time.monotonic()
        response = await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        elapsed = time.monotonic() - started

        hung = [e for e in json.loads(response.body)["endpoints"] if e["id"].startswith("hang-")]
        assert [e["status"] for e in hung] == ["blocked"] * 3
        assert all(e["method"] == "connect" for e in hung)
        # Concurrent: three 0.5 s timeouts take far less than 1.5 s; generous for slow CI.
        assert elapsed < 1.4


class TestProbeRateLimit:
    @pytest.fixture
    def jp_server_config(self):
        return _server_config(active_probes=True, probe_timeout=0.2, probe_min_interval=60.0)

    async def test_a_second_probe_within_the_interval_gets_429(self, jp_fetch, jp_serverapp):
        service = jp_serverapp.web_app.settings[SERVICE_KEY]
        before = service.collections_started
        results = await asyncio.gather(
            *(jp_fetch("isolation-info", "probe", method="POST", body=b"") for _ in range(5)),
            return_exceptions=True,
        )
        # Concurrent POSTs share the one run under way.
        assert all(not isinstance(r, Exception) for r in results), results
        assert service.collections_started == before + 1
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        assert error.value.code == 429
        assert int(error.value.response.headers["Retry-After"]) > 0


class TestNoSecrets:
    @pytest.fixture
    def jp_server_config(self, monkeypatch):
        for name, value in SECRETS.items():
            monkeypatch.setenv(name, value)
        return _server_config()

    async def test_no_environment_value_reaches_a_response_or_the_log(
        self, jp_fetch, caplog, capfd
    ):
        caplog.set_level("DEBUG")
        bodies = [
            (await jp_fetch("isolation-info", "report", params={"refresh": "1"})).body.decode()
        ]
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        bodies.append(error.value.response.body.decode())
        out, err = capfd.readouterr()
        outputs = [*bodies, caplog.text, out, err]
        for value in SECRETS.values():
            for output in outputs:
                assert value not in output


BAD_METADATA = [
    "missing",
    "empty",
    "truncated",
    "not-utf8",
    "array",
    "huge",
    "fifo",
    "directory",
    "dangling-symlink",
]


def _make_bad_metadata(kind: str, directory) -> str:
    path = directory / "resource-metadata.json"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        path.write_bytes(b'{"AppType": "JupyterLab", "DomainId": "d-')
    elif kind == "not-utf8":
        path.write_bytes(b'{"AppType": "\xff\xfe"}')
    elif kind == "array":
        path.write_text('["JupyterLab"]')
    elif kind == "huge":
        path.write_text('{"pad": "' + "x" * (2 * 1024 * 1024) + '"}')
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "dangling-symlink":
        path.symlink_to(directory / "nowhere.json")
    return str(path)


@pytest.mark.parametrize("kind", BAD_METADATA)
class TestBadMetadataAtTheEndpoint:
    @pytest.fixture
    def jp_server_config(self, kind, tmp_path):
        return _server_config(metadata_path=_make_bad_metadata(kind, tmp_path))

    async def test_answers_200_with_the_field_error_quickly(self, jp_fetch, kind):
        started = time.monotonic()
        response = await jp_fetch("isolation-info", "report", params={"refresh": "1"})
        elapsed = time.monotonic() - started

        assert response.code == 200
        report = json.loads(response.body)
        assert report["metadata"]["error"], kind
        assert report["metadata"]["fields"] is None
        assert report["run_as"]["uid"] == os.getuid()  # the rest of the report is intact
        assert elapsed < 2.0


class TestLoad:
    async def test_300_concurrent_gets_all_succeed_with_few_collections(
        self, jp_fetch, jp_serverapp
    ):
        service = jp_serverapp.web_app.settings[SERVICE_KEY]
        responses = await asyncio.gather(
            *(jp_fetch("isolation-info", "report", request_timeout=60) for _ in range(300))
        )
        assert [r.code for r in responses] == [200] * 300
        assert service.collections_started == 1

    async def test_a_burst_of_refreshes_shares_one_collection(self, jp_fetch, jp_serverapp):
        service = jp_serverapp.web_app.settings[SERVICE_KEY]
        await jp_fetch("isolation-info", "report")
        before = service.collections_started
        await asyncio.gather(
            *(jp_fetch("isolation-info", "report", params={"refresh": "1"}) for _ in range(50))
        )
        assert service.collections_started - before <= 2

    async def test_memory_does_not_grow_across_2000_requests(self, jp_fetch):
        def rss_kib() -> int:
            with open("/proc/self/status") as status:
                line = next(line for line in status if line.startswith("VmRSS:"))
            return int(line.split()[1])

        for _ in range(200):  # warm up caches and allocator pools
            await jp_fetch("isolation-info", "report")
        before = rss_kib()
        for start in range(0, 2000, 100):
            await asyncio.gather(*(jp_fetch("isolation-info", "report") for _ in range(100)))
        grown = rss_kib() - before
        print(f"RSS growth across 2000 report requests: {grown} KiB")
        assert grown < 20 * 1024


@pytest.mark.parametrize("base_url", ["/jupyterlab/default/", "/user/alice/"])
class TestBaseUrl:
    @pytest.fixture
    def jp_base_url(self, base_url):
        return base_url

    async def test_report_and_probe_live_under_the_base_url(self, jp_fetch, http_server_client):
        assert (await jp_fetch("isolation-info", "report")).code == 200
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        assert error.value.code == 409  # found, and refused because probes are off
        with pytest.raises(HTTPClientError) as error:
            await http_server_client.fetch("/isolation-info/report")
        assert error.value.code == 404
