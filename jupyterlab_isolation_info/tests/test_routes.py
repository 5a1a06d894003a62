"""The report endpoint through a real jupyter_server, under Studio's base_url."""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from contract import assert_valid
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from jupyterlab_isolation_info.collector.render import to_markdown


@pytest.fixture
def jp_base_url():
    return "/jupyterlab/default/"


async def test_report_under_studio_base_url_describes_this_process(jp_fetch):
    response = await jp_fetch("isolation-info", "report")

    assert response.code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    report = assert_valid(json.loads(response.body))
    assert report["schema_version"] == 1
    assert report["run_as"]["uid"] == os.getuid()
    assert report["run_as"]["gid"] == os.getgid()
    with open("/proc/self/uid_map") as uid_map:
        inside, outside, _ = map(int, uid_map.readline().split())
    assert report["user_namespace"]["host_uid"] == outside + (os.getuid() - inside)
    assert isinstance(report["kernels"], list)


async def test_the_markdown_is_the_collectors_rendering_of_the_same_report(jp_fetch):
    """The panel copies this: byte for byte what `jupyter isolation-info --markdown` prints."""
    report = json.loads((await jp_fetch("isolation-info", "report")).body)
    response = await jp_fetch("isolation-info", "report", params={"format": "markdown"})
    assert response.headers["Content-Type"].startswith("text/markdown")
    assert response.body.decode("utf-8") == to_markdown(report)
    assert response.body.startswith(b"## Isolation report\n")


async def test_an_unknown_format_is_a_400_with_a_sentence(jp_fetch):
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "report", params={"format": "yaml"})
    assert error.value.code == 400
    assert json.loads(error.value.response.body)["message"].startswith("Unknown format")


async def test_an_unchanged_report_answers_304_to_its_etag(jp_fetch):
    first = await jp_fetch("isolation-info", "report")
    etag = first.headers["Etag"]
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "report", headers={"If-None-Match": etag})
    assert error.value.code == 304
    markdown = await jp_fetch("isolation-info", "report", params={"format": "markdown"})
    assert markdown.headers["Etag"] != etag  # one tag per representation


async def test_report_is_not_served_outside_base_url(jp_fetch):
    served = await jp_fetch("isolation-info", "report")
    root = served.effective_url.split("/jupyterlab/default/")[0]
    with pytest.raises(HTTPClientError) as error:
        await AsyncHTTPClient().fetch(
            f"{root}/isolation-info/report", headers=served.request.headers
        )
    assert error.value.code == 404


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "report", None),
        ("POST", "probe", b""),
        ("GET", "kernel-code", None),
        ("GET", "schema", None),
        ("GET", "explain", None),
        ("GET", "explain/schema", None),
        ("GET", "kernels/4f2c0b1e-0000-4000-8000-000000000000/death", None),
    ],
)
async def test_requests_without_a_token_are_refused(jp_fetch, method, path, body):
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch(
            "isolation-info",
            *path.split("/"),
            method=method,
            body=body,
            headers={"Authorization": ""},
        )
    assert error.value.code == 403


async def test_the_schema_served_is_the_packages_and_the_report_follows_it(jp_fetch):
    from jupyterlab_isolation_info import SCHEMA_PATH

    served = await jp_fetch("isolation-info", "schema")
    assert served.code == 200
    assert served.headers["Content-Type"].startswith("application/schema+json")
    assert served.body == SCHEMA_PATH.read_bytes()
    schema = json.loads(served.body)
    assert schema["properties"]["schema_version"]["const"] == 1
    # Unchanged bytes, unchanged tag: a browser revalidates for a 304, no body.
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch(
            "isolation-info", "schema", headers={"If-None-Match": served.headers["Etag"]}
        )
    assert error.value.code == 304


async def test_probe_is_refused_while_active_probes_are_off(jp_fetch):
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "probe", method="POST", body=b"")
    assert error.value.code == 409
    assert "active_probes" in json.loads(error.value.response.body)["message"]


async def test_a_refusal_is_its_status_and_a_body_of_its_sentence_alone(jp_fetch):
    """Refusals are raised (routes.Refusal, a tornado HTTPError) and written in one place: the
    body the front end reads is `{"message": sentence}`, nothing else."""
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "report", params={"format": "yaml"})
    assert error.value.code == 400
    assert error.value.response.headers["Content-Type"].startswith("application/json")
    assert json.loads(error.value.response.body) == {
        "message": "Unknown format; use one of: json, markdown."
    }
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "report", params={"of": '"gone-json"'})
    assert error.value.code == 412
    assert set(json.loads(error.value.response.body)) == {"message"}


async def test_a_probe_asked_for_too_soon_is_a_429_with_retry_after(
    jp_fetch, jp_serverapp, monkeypatch
):
    from jupyterlab_isolation_info.routes import SERVICE_KEY
    from jupyterlab_isolation_info.service import ProbeTooSoon

    service = jp_serverapp.web_app.settings[SERVICE_KEY]

    async def too_soon():
        raise ProbeTooSoon(12.3)

    # No probe is sent: the service refuses before any would be.
    monkeypatch.setattr(service.config, "active_probes", True)
    monkeypatch.setattr(service, "probe", too_soon)
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "probe", method="POST", body=b"")
    assert error.value.code == 429
    assert error.value.response.headers["Retry-After"] == "13"
    assert json.loads(error.value.response.body) == {
        "message": "Active probes ran a moment ago; try again in 12.3 s."
    }


def test_a_refusal_keeps_a_percent_sign_as_it_is():
    from jupyterlab_isolation_info.routes import Refusal

    refusal = Refusal(400, "100% of it")
    assert refusal.log_message % refusal.args == "100% of it"
    assert refusal.status_code == 400


def test_server_starts_without_auth_warnings_when_authentication_is_required():
    # As the extension template's check_auth.py: jupyter_server warns about every
    # handler verb that lacks an authentication decorator.
    script = textwrap.dedent(
        """
        import warnings
        from jupyter_server.serverapp import ServerApp
        from jupyter_server.utils import JupyterServerAuthWarning

        app = ServerApp(
            allow_unauthenticated_access=False,
            jpserver_extensions={"jupyterlab_isolation_info": True},
            reraise_server_extension_failures=True,
        )
        with warnings.catch_warnings(record=True) as records:
            warnings.simplefilter("always")
            app.initialize(argv=[], find_extensions=False, new_httpserver=False)
        problems = [str(r.message) for r in records
                    if issubclass(r.category, JupyterServerAuthWarning)]
        loaded = "isolation_info_service" in app.web_app.settings
        print("LOADED" if loaded else "NOT LOADED")
        print("\\n".join(problems) or "NO AUTH WARNINGS")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED" in result.stdout.splitlines()
    assert result.stdout.splitlines()[-1] == "NO AUTH WARNINGS"


def test_a_bad_extra_endpoint_is_a_configuration_error_naming_the_entry():
    from traitlets import TraitError

    from jupyterlab_isolation_info.config import IsolationInfo

    good = {"id": "proxy", "name": "Proxy", "host": "127.0.0.1", "port": 3128}
    assert IsolationInfo(extra_endpoints=[good]).extra_endpoints == [good]
    for bad, sentence in [
        ({**good, "port": True}, "port is not a number from 1 to 65535"),
        ({**good, "port": 0}, "port is not a number from 1 to 65535"),
        ({**good, "expected": "open"}, 'expected is not "blocked" or "reachable"'),
        ({"id": "x", "host": "h"}, "lacks port"),
        ({**good, "hots": "typo"}, "unknown keys: hots"),
    ]:
        with pytest.raises(TraitError, match=r"extra_endpoints\[1\]") as error:
            IsolationInfo(extra_endpoints=[good, bad])
        assert sentence in str(error.value)


@pytest.mark.parametrize("value", [0, -1, 31, float("nan"), float("inf")])
def test_a_probe_timeout_out_of_bounds_is_a_configuration_error(value):
    from traitlets import TraitError

    from jupyterlab_isolation_info.config import IsolationInfo

    with pytest.raises(TraitError, match="at most 30 seconds"):
        IsolationInfo(probe_timeout=value)


async def test_the_markdown_of_the_report_on_screen_is_served_after_a_newer_one(
    jp_fetch, jp_serverapp, monkeypatch
):
    """Copy as Markdown copies the report a view shows, by its ETag, never a newer one."""
    from jupyterlab_isolation_info import service as service_module
    from jupyterlab_isolation_info.routes import SERVICE_KEY

    shown_response = await jp_fetch("isolation-info", "report")
    shown = json.loads(shown_response.body)
    etag = shown_response.headers["Etag"]

    # The server's report changes: a finding appears (the collector is not under test here).
    newer = json.loads(shown_response.body)
    newer["findings"].insert(
        0, {"id": "new-finding", "severity": "warning", "title": "Something new", "detail": "."}
    )
    monkeypatch.setattr(service_module, "build_report", lambda **_: newer)
    jp_serverapp.web_app.settings[SERVICE_KEY]._cached_at = float("-inf")
    current = json.loads((await jp_fetch("isolation-info", "report")).body)
    assert current["findings"][0]["id"] == "new-finding"

    copied = await jp_fetch("isolation-info", "report", params={"format": "markdown", "of": etag})
    assert copied.body.decode("utf-8") == to_markdown(shown)
    assert copied.body.decode("utf-8") != to_markdown(current)
    # A weakened tag (a proxy may weaken it) names the same report.
    weak = await jp_fetch(
        "isolation-info", "report", params={"format": "markdown", "of": f"W/{etag}"}
    )
    assert weak.body == copied.body


async def test_the_markdown_of_a_report_no_longer_kept_is_a_412_with_a_sentence(jp_fetch):
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch(
            "isolation-info", "report", params={"format": "markdown", "of": '"0123-json"'}
        )
    assert error.value.code == 412
    assert "no longer on the server" in json.loads(error.value.response.body)["message"]


@pytest.mark.parametrize(
    ("report", "served"),
    [
        ({"name": "caf\udce9"}, {"name": "caf\ufffd"}),  # a name that is not UTF-8
        ({"name": "\ud83d"}, {"name": "\ufffd"}),  # half of a pair
        ({"value": float("inf")}, {"value": "inf"}),
        ({"name": "\U0001f600 and \\ud800"}, {"name": "\U0001f600 and \\ud800"}),  # all valid
    ],
)
def test_the_server_serves_strict_json_whatever_the_collection_held(report, served):
    """The server leaves the strict pass to its serialization (build_report(strict=False)):
    what it serves, and the report it renders from, are what parse.strict_json makes."""
    from jupyterlab_isolation_info.service import Snapshot

    snapshot = Snapshot.of(report)
    assert json.loads(snapshot.json) == served
    assert snapshot.report == served
    snapshot.json.decode("ascii")  # any parser, any terminal
