"""GET isolation-info/explain through a real jupyter_server: inside the root only, off the loop."""

import asyncio
import json
import os

import pytest
from jupyter_server.utils import url_path_join
from server_setup import server_config
from test_explain import assert_valid
from tornado.httpclient import HTTPClientError

from jupyterlab_isolation_info import EXPLAIN_SCHEMA_PATH
from jupyterlab_isolation_info.collector.render_explain import to_markdown
from jupyterlab_isolation_info.routes import EXPLAIN_SERVICE_KEY, MAX_EXPLAIN_PATH


@pytest.fixture
def jp_base_url():
    return "/jupyterlab/default/"


@pytest.fixture
def jp_server_config():
    return server_config()


async def explain(jp_fetch, path, **params):
    response = await jp_fetch("isolation-info", "explain", params={"path": path, **params})
    return response


async def refused(jp_fetch, path) -> str:
    with pytest.raises(HTTPClientError) as error:
        await explain(jp_fetch, path)
    assert error.value.code == 403
    return json.loads(error.value.response.body)["message"]


async def test_a_file_in_the_root_is_explained_by_its_relative_path(jp_fetch, jp_root_dir):
    (jp_root_dir / "work").mkdir()
    (jp_root_dir / "work" / "notebook.ipynb").write_text("{}")
    response = await explain(jp_fetch, "work/notebook.ipynb")
    answer = assert_valid(json.loads(response.body))
    assert answer["resolved"] == str(jp_root_dir / "work" / "notebook.ipynb")
    assert answer["operations"]["write"]["allowed"] is True
    assert response.headers["Cache-Control"] == "no-store"


async def test_the_root_itself_and_an_absolute_path_inside_it(jp_fetch, jp_root_dir):
    root = assert_valid(json.loads((await explain(jp_fetch, "")).body))
    assert root["resolved"] == str(jp_root_dir) and root["entries"] is not None
    inside = json.loads((await explain(jp_fetch, str(jp_root_dir))).body)
    assert inside["resolved"] == str(jp_root_dir)


async def test_markdown_is_the_collectors_rendering(jp_fetch, jp_root_dir):
    (jp_root_dir / "f.txt").write_text("x")
    response = await explain(jp_fetch, "f.txt", format="markdown")
    assert response.headers["Content-Type"].startswith("text/markdown")
    assert response.body.startswith(b"## Permissions of ")
    answer = json.loads((await explain(jp_fetch, "f.txt")).body)
    # The same path explained twice: the same rendering but for the generation time.
    assert response.body.decode().split("\n")[:4] == to_markdown(answer).split("\n")[:4]


async def test_dotdot_absolute_paths_elsewhere_and_symlinks_out_are_refused(
    jp_fetch, jp_root_dir, tmp_path
):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret-name.txt").write_text("x")
    (jp_root_dir / "escape").symlink_to(outside)
    (jp_root_dir / "file-escape").symlink_to(outside / "secret-name.txt")
    assert "'..'" in await refused(jp_fetch, "../outside")
    assert "'..'" in await refused(jp_fetch, "escape/../../outside")
    assert "inside the file browser's root" in await refused(jp_fetch, "/etc/passwd")
    for path in ("escape", "escape/secret-name.txt", "file-escape"):
        message = await refused(jp_fetch, path)
        assert "leads out of the file browser's root" in message
        assert "secret-name" not in message


async def test_hidden_files_follow_the_contents_managers_allow_hidden(jp_fetch, jp_root_dir):
    (jp_root_dir / ".config").mkdir()
    (jp_root_dir / ".config" / "x").write_text("x")
    (jp_root_dir / "visible-link").symlink_to(jp_root_dir / ".config")
    assert "allow_hidden is off" in await refused(jp_fetch, ".config/x")
    assert "hidden file" in await refused(jp_fetch, "visible-link")


class TestAllowHidden:
    @pytest.fixture
    def jp_server_config(self):
        config = server_config()
        config["ContentsManager"] = {"allow_hidden": True}
        return config

    async def test_hidden_files_are_explained_when_the_contents_manager_shows_them(
        self, jp_fetch, jp_root_dir
    ):
        (jp_root_dir / ".config").mkdir()
        answer = json.loads((await explain(jp_fetch, ".config")).body)
        assert answer["type"] == "directory"


async def test_the_schema_is_served_beside_the_reports(jp_fetch):
    served = await jp_fetch("isolation-info", "explain", "schema")
    assert served.headers["Content-Type"].startswith("application/schema+json")
    assert served.body == EXPLAIN_SCHEMA_PATH.read_bytes()


async def test_an_unknown_format_is_a_400(jp_fetch):
    with pytest.raises(HTTPClientError) as error:
        await explain(jp_fetch, "", format="yaml")
    assert error.value.code == 400


async def test_concurrent_requests_for_one_path_share_one_explanation(
    jp_fetch, jp_root_dir, jp_serverapp
):
    (jp_root_dir / "shared.txt").write_text("x")
    service = jp_serverapp.web_app.settings[EXPLAIN_SERVICE_KEY]
    before = service.started
    responses = await asyncio.gather(*(explain(jp_fetch, "shared.txt") for _ in range(8)))
    assert {r.code for r in responses} == {200}
    assert service.started - before < 8


async def test_the_kernel_code_explains_a_path_and_refuses_a_bad_one(jp_fetch):
    """`kernel-code?explain=PATH`: the silent request that explains PATH inside a kernel."""
    response = await jp_fetch("isolation-info", "kernel-code", params={"explain": "notes.txt"})
    request = json.loads(response.body)
    assert "{'explain': 'notes.txt'})" in request["code"]
    assert '"explanation": sys.modules[package + ".explain"].explain(path)' in request["code"]
    plain = json.loads((await jp_fetch("isolation-info", "kernel-code")).body)
    assert "{'explain':" not in plain["code"]
    assert "{'metadata_path':" in plain["code"]
    for bad in ("", "x" * 4097, "x\x00y"):
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", "kernel-code", params={"explain": bad})
        assert error.value.code == 400
        assert "path to explain" in json.loads(error.value.response.body)["message"]


# The query string exactly as written: jp_fetch's urlencode would write a space as '+'.
@pytest.fixture
def fetch_raw(http_server_client, jp_auth_header, jp_base_url):
    def fetch(endpoint: str, query: str):
        url = url_path_join(jp_base_url, "isolation-info", endpoint) + "?" + query
        return http_server_client.fetch(url, headers=jp_auth_header, request_timeout=20)

    return fetch


async def bad_request(fetch_raw, endpoint: str, query: str) -> str:
    """The sentence of a 400, which must be the whole body: no traceback, no echoed value."""
    with pytest.raises(HTTPClientError) as error:
        await fetch_raw(endpoint, query)
    assert error.value.code == 400
    body = json.loads(error.value.response.body)
    assert set(body) == {"message"}
    assert "Traceback" not in body["message"]
    return body["message"]


async def test_the_path_is_explained_exactly_as_sent_spaces_kept(fetch_raw, jp_root_dir):
    """Tornado's get_query_argument would strip 'notes.txt ' to 'notes.txt', another file."""
    (jp_root_dir / "notes.txt").write_text("x")
    (jp_root_dir / "notes.txt").chmod(0o644)
    (jp_root_dir / "notes.txt ").write_text("x")
    (jp_root_dir / "notes.txt ").chmod(0o600)
    answer = assert_valid(json.loads((await fetch_raw("explain", "path=notes.txt%20")).body))
    assert answer["path"].endswith("notes.txt ")
    assert answer["target"]["mode"] == "0600"
    (jp_root_dir / " lead").write_text("x")
    answer = json.loads((await fetch_raw("explain", "path=%20lead")).body)
    assert answer["path"].endswith("/ lead") and answer["exists"] is True
    # The last value counts, as with get_query_argument.
    answer = json.loads((await fetch_raw("explain", "path=nothere&path=notes.txt")).body)
    assert answer["path"].endswith("/notes.txt") and answer["target"]["mode"] == "0644"


@pytest.mark.parametrize("encoded", ["a.txt%00", "a%00b.txt", "a.txt%0a", "%0d", "a%09b", "a%7f"])
async def test_a_control_character_in_the_path_is_a_400_with_a_sentence(
    fetch_raw, jp_root_dir, encoded
):
    (jp_root_dir / "a.txt").write_text("x")
    message = await bad_request(fetch_raw, "explain", f"path={encoded}")
    assert message.startswith("The path to explain holds a control character")
    assert "a.txt" not in message and "\x00" not in message


async def test_a_path_longer_than_path_max_is_a_400(fetch_raw):
    message = await bad_request(fetch_raw, "explain", "path=" + "x" * 5000)
    assert f"longer than {MAX_EXPLAIN_PATH} bytes" in message
    # Counted in bytes once encoded: 2100 two-byte characters are 4200 bytes.
    assert "longer than" in await bad_request(fetch_raw, "explain", "path=" + "%C3%A9" * 2100)


async def test_a_backslash_is_an_ordinary_character_of_a_name(fetch_raw, jp_root_dir):
    (jp_root_dir / "back\\slash").write_text("x")
    (jp_root_dir / "back\\slash").chmod(0o600)
    answer = assert_valid(json.loads((await fetch_raw("explain", "path=back%5Cslash")).body))
    assert answer["path"].endswith("/back\\slash")
    assert answer["exists"] is True and answer["target"]["mode"] == "0600"


async def test_a_name_that_is_not_utf8_reaches_the_file_system_as_its_bytes(fetch_raw, jp_root_dir):
    descriptor = os.open(
        os.fsencode(jp_root_dir) + b"/caf\xe9.txt", os.O_CREAT | os.O_WRONLY, 0o600
    )
    os.close(descriptor)
    response = await fetch_raw("explain", "path=caf%E9.txt")
    answer = assert_valid(json.loads(response.body))
    assert answer["exists"] is True and answer["target"]["mode"] == "0600"
    # The collector shows the byte that is not UTF-8 as \xNN.
    assert answer["path"].endswith("/caf\\xe9.txt")
    markdown = await fetch_raw("explain", "path=caf%E9.txt&format=markdown")
    assert markdown.code == 200


async def test_the_kernel_code_gets_the_path_exactly_as_sent(fetch_raw):
    for query in ("explain=x%00y", "explain=x%0Ay", "explain=%7F", "explain=" + "x" * 5000):
        assert "path to explain" in await bad_request(fetch_raw, "kernel-code", query)
    assert "empty" in await bad_request(fetch_raw, "kernel-code", "explain=")
    request = json.loads((await fetch_raw("kernel-code", "explain=%20a%20")).body)
    assert "{'explain': ' a '})" in request["code"]
    request = json.loads((await fetch_raw("kernel-code", "explain=back%5Cslash")).body)
    assert f"{{'explain': {'back' + chr(92) + 'slash'!r}}})" in request["code"]
    request = json.loads((await fetch_raw("kernel-code", "explain=caf%E9.txt")).body)
    assert f"{{'explain': {os.fsdecode(b'caf' + bytes([0xE9]) + b'.txt')!r}}})" in request["code"]
