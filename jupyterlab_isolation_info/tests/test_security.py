"""What must hold at the HTTP boundary, proven through a real jupyter_server.

Authentication, authorization under the `isolation-info` resource, XSRF on POST,
no request-controlled probe targets, no environment values in any output, bad
input answered with 200 and a per-field error, and behaviour under load.
"""

import asyncio
import json
import os
import time
from http.cookies import SimpleCookie

import pytest
from contract import assert_valid
from server_setup import denied_server_config
from server_setup import server_config as _server_config
from test_read import make as make_metadata
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from jupyterlab_isolation_info.routes import SERVICE_KEY

SECRETS = {
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY",
    "AWS_SESSION_TOKEN": "FwoGZXIvYXdzEXAMPLESESSIONTOKENvalue123",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/secret-credential-path-xyz",
}


class TestAuthorization:
    @pytest.fixture
    def jp_server_config(self):
        return denied_server_config()

    @pytest.mark.parametrize(
        ("method", "path"),
        [
            ("GET", "report"),
            ("POST", "probe"),
            ("GET", "kernel-code"),
            ("GET", "schema"),
            ("GET", "explain"),
            ("GET", "explain/schema"),
            ("GET", "kernels/4f2c0b1e-0000-4000-8000-000000000000/death"),
        ],
    )
    async def test_an_authorizer_that_denies_the_resource_gets_403(self, jp_fetch, method, path):
        body = b"" if method == "POST" else None
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", *path.split("/"), method=method, body=body)
        assert error.value.code == 403

    async def test_other_resources_stay_allowed(self, jp_fetch):
        response = await jp_fetch("api", "status")
        assert response.code == 200


class TestXsrf:
    @pytest.fixture
    def jp_server_config(self):
        return _server_config()

    async def _login_cookie(self, jp_fetch) -> str:
        # A token-authenticated request sets the login cookie, as a browser login does.
        response = await jp_fetch("api", "me")
        cookie = SimpleCookie()
        for header in response.headers.get_list("Set-Cookie"):
            cookie.load(header)
        assert cookie, "the server set no login cookie"
        return "; ".join(f"{key}={morsel.value}" for key, morsel in cookie.items())

    async def _cookie_probe(self, jp_fetch, headers: dict) -> HTTPClientError:
        """POST isolation-info/probe with no token, the login cookie in headers; its refusal."""
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch(
                "isolation-info",
                "probe",
                method="POST",
                body=b"",
                headers={"Authorization": "", **headers},
            )
        return error.value

    async def test_cookie_authenticated_post_without_xsrf_token_is_refused(self, jp_fetch):
        cookie = await self._login_cookie(jp_fetch)
        error = await self._cookie_probe(jp_fetch, {"Cookie": cookie})
        assert error.code == 403
        assert b"_xsrf" in error.response.body

    async def test_cookie_authenticated_post_with_xsrf_token_passes_the_check(self, jp_fetch):
        cookie = await self._login_cookie(jp_fetch)
        xsrf = "2|abcdef01|0123456789abcdef0123456789abcdef|1700000000"
        error = await self._cookie_probe(
            jp_fetch, {"Cookie": f"{cookie}; _xsrf={xsrf}", "X-XSRFToken": xsrf}
        )
        # Past authentication and XSRF, refused only because probes are off here.
        assert error.code == 409


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


# Damage only the endpoint is fed; the other kinds are read.py's own bad inputs (test_read.make).
_DAMAGED = {
    "truncated": b'{"AppType": "JupyterLab", "DomainId": "d-',
    "not-utf8": b'{"AppType": "\xff\xfe"}',
    "array": b'["JupyterLab"]',
}


def _make_bad_metadata(kind: str, directory) -> str:
    if kind not in _DAMAGED:
        return str(make_metadata(kind, directory))
    path = directory / "resource-metadata.json"
    path.write_bytes(_DAMAGED[kind])
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
        report = assert_valid(json.loads(response.body))
        assert report["metadata"]["error"], kind
        assert report["metadata"]["fields"] is None
        assert report["run_as"]["uid"] == os.getuid()  # the rest of the report is intact
        assert elapsed < 2.0


class TestOddButReadableMetadataAtTheEndpoint:
    """Values JSON cannot carry must never stop the browser from parsing the whole report."""

    @pytest.fixture
    def jp_server_config(self, tmp_path):
        path = tmp_path / "resource-metadata.json"
        path.write_bytes(b'{"AppType": "\\ud800", "Size": NaN, "Big": 1e400, "AppType": "x"}')
        return _server_config(metadata_path=str(path))

    async def test_the_report_is_strict_json_and_says_what_changed(self, jp_fetch):
        response = await jp_fetch("isolation-info", "report")

        def refuse(constant):
            raise AssertionError(f"{constant} is not JSON")

        report = assert_valid(json.loads(response.body, parse_constant=refuse))
        assert report["metadata"]["fields"] == {"AppType": "x", "Size": "NaN", "Big": "1e400"}
        assert len(report["metadata"]["notes"]) == 2
        assert "metadata-repeated-keys" in {f["id"] for f in report["findings"]}
        markdown = await jp_fetch("isolation-info", "report", params={"format": "markdown"})
        markdown.body.decode("utf-8")


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
        for _ in range(20):
            await asyncio.gather(*(jp_fetch("isolation-info", "report") for _ in range(100)))
        grown = rss_kib() - before
        print(f"RSS growth across 2000 report requests: {grown} KiB")
        assert grown < 20 * 1024


@pytest.mark.parametrize("base_url", ["/jupyterlab/default/", "/user/alice/"])
class TestBaseUrl:
    @pytest.fixture
    def jp_base_url(self, base_url):
        return base_url

    async def test_report_and_probe_live_under_the_base_url(self, jp_fetch, base_url):
        served = await jp_fetch("isolation-info", "report")
        assert served.code == 200
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", "probe", method="POST", body=b"")
        assert error.value.code == 409  # found, and refused because probes are off
        root = served.effective_url.split(base_url)[0]
        with pytest.raises(HTTPClientError) as error:
            await AsyncHTTPClient().fetch(
                f"{root}/isolation-info/report", headers=served.request.headers
            )
        assert error.value.code == 404
