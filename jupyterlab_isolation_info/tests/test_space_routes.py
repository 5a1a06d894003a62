"""GET/DELETE isolation-info/space through a real jupyter_server: the walk of a folder inside
the file browser's root, off the loop, single-flighted, cancellable (space-walk.schema.json)."""

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import jsonschema
import pytest
from contract import assert_follows, assert_valid
from own_mount_namespace import run_scenario
from server_setup import denied_server_config, server_config
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from jupyterlab_isolation_info import SPACE_SCHEMA_PATH, SPACE_WALK_SCHEMA_PATH, space_service
from jupyterlab_isolation_info.collector import judge_volumes, render_space, space
from jupyterlab_isolation_info.explain_service import Refused
from jupyterlab_isolation_info.routes import SPACE_SERVICE_KEY
from jupyterlab_isolation_info.space_service import MAX_WALKS, SpaceService, summary


def du(path) -> int:
    done = subprocess.run(
        ["du", "-sx", "--block-size=1", str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[0])


@pytest.fixture
def jp_base_url():
    return "/jupyterlab/default/"


@pytest.fixture
def jp_server_config():
    return server_config()


async def test_the_schema_served_is_the_envelope_with_the_answer_bundled(jp_fetch):
    response = await jp_fetch("isolation-info", "space", "schema")
    assert response.headers["Content-Type"].startswith("application/schema+json")
    served = json.loads(response.body)
    envelope = json.loads(SPACE_WALK_SCHEMA_PATH.read_text())
    answer = json.loads(SPACE_SCHEMA_PATH.read_text())
    assert served["$id"] == envelope["$id"] and served["$defs"]["SpaceAnswer"] == answer
    # Whole by itself: a validator with no registry resolves the answer's $ref inside it.
    jsonschema.Draft202012Validator.check_schema(served)
    walk = {
        "path": "",
        "state": "running",
        "started": "2026-12-07T10:00:00Z",
        "finished": None,
        "progress": {"entries": 0, "bytes": 0, "seconds": 0.0},
        "answer": None,
    }
    jsonschema.Draft202012Validator(served).validate(walk)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(served).validate({**walk, "answer": {"path": 1}})


# --- the walks -------------------------------------------------------------------------------


def tree(folder, files: int = 3000, size: int = 4096):
    """A folder of ``files`` files: enough entries for a walk to report progress (every
    space.CHECK_EVERY * PROGRESS_EVERY) and look at its cancel event again after that."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(files):
        (folder / f"f{number}").write_bytes(b"x" * size)
    return folder


class Gate:
    """Holds each walk at its first progress report until opened: a walk that is running for
    as long as a test needs, whatever the machine's speed. It blocks the walking thread only,
    so anything that still answers meanwhile does not wait on the walk."""

    def __init__(self, service, monkeypatch):
        self.opened = threading.Event()
        self.reached = threading.Event()
        self.reports = 0
        self.on_loop = False
        progress = service._progress

        def held(running, entries, size):
            progress(running, entries, size)
            self.reports += 1
            if on_event_loop():
                self.on_loop = True
                return  # held here, it would hold the whole server
            self.reached.set()
            self.opened.wait(30)  # never longer than a test: a failing test still ends

        monkeypatch.setattr(service, "_progress", held)

    async def until_reached(self):
        await until(self.reached.is_set, "the walk's first progress report")

    def open(self):
        self.opened.set()


def on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


async def until(condition, what: str, seconds: float = 20.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"waited {seconds} s for {what}"
        await asyncio.sleep(0.02)


def walks(jp_serverapp) -> SpaceService:
    return jp_serverapp.web_app.settings[SPACE_SERVICE_KEY]


async def get(jp_fetch, path: str = "", **params) -> dict:
    response = await jp_fetch("isolation-info", "space", params={"path": path, **params})
    assert response.headers["Cache-Control"] == "no-store"
    return assert_follows(json.loads(response.body), SPACE_WALK_SCHEMA_PATH)


async def done(jp_fetch, path: str = "") -> dict:
    """The walk's envelope once it has finished (asking again joins it, never starts another)."""
    deadline = time.monotonic() + 30
    while True:
        envelope = await get(jp_fetch, path)
        if envelope["state"] == "done":
            return envelope
        assert time.monotonic() < deadline, "the walk did not finish in 30 s"
        await asyncio.sleep(0.05)


async def refused(jp_fetch, path: str, status: int = 403, method: str = "GET") -> str:
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "space", params={"path": path}, method=method)
    assert error.value.code == status
    return json.loads(error.value.response.body)["message"]


async def test_a_walk_runs_then_is_done_with_its_progress_and_answer(
    jp_fetch, jp_serverapp, jp_root_dir, monkeypatch
):
    tree(jp_root_dir / "data")
    gate = Gate(walks(jp_serverapp), monkeypatch)
    first = await get(jp_fetch, "data")
    assert first["state"] == "running" and first["answer"] is None and first["finished"] is None
    assert first["path"] == "data"
    await gate.until_reached()
    during = await get(jp_fetch, "data")
    assert during["state"] == "running" and during["started"] == first["started"]
    assert during["progress"]["entries"] >= 1024 and during["progress"]["bytes"] > 0
    gate.open()
    finished = await done(jp_fetch, "data")
    answer = assert_follows(finished["answer"], SPACE_SCHEMA_PATH)
    assert answer["resolved"] == str(jp_root_dir / "data") and answer["complete"] is True
    assert answer["total"]["entries"] == 3001 and answer["total"]["bytes"] == du(
        jp_root_dir / "data"
    )
    assert finished["progress"]["entries"] == 3001
    assert finished["progress"]["bytes"] == answer["total"]["bytes"]
    assert finished["finished"] is not None and walks(jp_serverapp).started == 1


async def test_two_requests_share_one_walk_and_a_kept_walk_is_served_until_refresh(
    jp_fetch, jp_serverapp, jp_root_dir, monkeypatch
):
    tree(jp_root_dir / "data", files=2000)
    service = walks(jp_serverapp)
    gate = Gate(service, monkeypatch)
    # The same folder named two ways (relative, absolute inside the root): one walk.
    one, two = await asyncio.gather(
        get(jp_fetch, "data"), get(jp_fetch, str(jp_root_dir / "data") + "/")
    )
    assert service.started == 1 and one["started"] == two["started"]
    assert two["path"] == str(jp_root_dir / "data") + "/"  # each asker's own name
    gate.open()
    finished = await done(jp_fetch, "data")
    again = await get(jp_fetch, "data")
    assert again == finished and service.started == 1
    fresh = await get(jp_fetch, "data", refresh="1")
    assert fresh["state"] == "running" and service.started == 2
    assert (await done(jp_fetch, "data"))["started"] == fresh["started"]


async def test_cancel_stops_the_walk_with_a_partial_answer_that_says_so(
    jp_fetch, jp_serverapp, jp_root_dir, monkeypatch
):
    tree(jp_root_dir / "data")
    gate = Gate(walks(jp_serverapp), monkeypatch)
    await get(jp_fetch, "data")
    await gate.until_reached()
    response = await jp_fetch("isolation-info", "space", params={"path": "data"}, method="DELETE")
    cancelled = assert_follows(json.loads(response.body), SPACE_WALK_SCHEMA_PATH)
    assert cancelled["state"] == "running"  # it stops at its next look at the cancel event
    gate.open()
    answer = (await done(jp_fetch, "data"))["answer"]
    assert answer["stopped"]["reason"] == "cancelled" and answer["complete"] is False
    assert answer["stopped"]["sentence"].startswith("The walk was cancelled")
    assert answer["total"]["entries"] < 3001
    # Nothing running: DELETE answers the kept envelope; a folder never walked is a 404.
    kept = await jp_fetch("isolation-info", "space", params={"path": "data"}, method="DELETE")
    assert json.loads(kept.body)["state"] == "done"
    (jp_root_dir / "other").mkdir()
    assert "No walk of this folder" in await refused(jp_fetch, "other", 404, "DELETE")


async def test_past_the_bound_one_more_walk_is_a_503_with_retry_after(
    jp_fetch, jp_serverapp, jp_root_dir, monkeypatch
):
    service = walks(jp_serverapp)
    gate = Gate(service, monkeypatch)
    for number in range(MAX_WALKS):
        tree(jp_root_dir / f"d{number}", files=1100)
        assert (await get(jp_fetch, f"d{number}"))["state"] == "running"
    (jp_root_dir / "one-more").mkdir()
    with pytest.raises(HTTPClientError) as error:
        await get(jp_fetch, "one-more")
    assert error.value.code == 503 and error.value.response.headers["Retry-After"]
    assert "walking 2 folders already" in json.loads(error.value.response.body)["message"]
    # A walk under way is still joined, past the bound.
    assert (await get(jp_fetch, "d0"))["state"] == "running"
    gate.open()
    for number in range(MAX_WALKS):
        await done(jp_fetch, f"d{number}")
    assert (await get(jp_fetch, "one-more"))["path"] == "one-more"


async def test_the_server_answers_while_a_walk_runs(
    jp_fetch, jp_serverapp, jp_root_dir, monkeypatch
):
    """A hang guard, not a timing: the walk is held mid-way on its thread; were it on the event
    loop, /api/status (and the report) could not answer until it was let go."""
    tree(jp_root_dir / "big")
    gate = Gate(walks(jp_serverapp), monkeypatch)
    await get(jp_fetch, "big")
    await gate.until_reached()
    assert not gate.on_loop
    try:
        status = await asyncio.wait_for(jp_fetch("api", "status"), 10)
        assert status.code == 200
        schema = await asyncio.wait_for(jp_fetch("isolation-info", "space", "schema"), 10)
        assert schema.code == 200
        assert (await get(jp_fetch, "big"))["state"] == "running"
    finally:
        gate.open()
    await done(jp_fetch, "big")


async def test_folders_outside_the_root_are_refused_with_a_sentence(
    jp_fetch, jp_root_dir, tmp_path
):
    outside = tmp_path / "outside"
    outside.mkdir()
    (jp_root_dir / "escape").symlink_to(outside)
    assert "'..'" in await refused(jp_fetch, "../outside")
    assert "inside the file browser's root" in await refused(jp_fetch, "/etc")
    assert "leads out of the file browser's root" in await refused(jp_fetch, "escape")
    with pytest.raises(HTTPClientError) as error:
        await jp_fetch("isolation-info", "space", params={"path": "a\x00b"})
    assert error.value.code == 400
    assert "control character" in json.loads(error.value.response.body)["message"]


async def test_what_is_not_a_folder_to_walk_is_the_collectors_sentence(jp_fetch, jp_root_dir):
    (jp_root_dir / "notes.txt").write_text("x")
    missing = await get(jp_fetch, "missing")
    assert missing["state"] == "done" and missing["answer"]["total"]["bytes"] is None
    assert "missing" in missing["answer"]["errors"][0]
    a_file = (await done(jp_fetch, "notes.txt"))["answer"]
    assert a_file["errors"] == [f"{jp_root_dir / 'notes.txt'} is not a folder."]


async def test_no_token_is_refused_and_only_under_base_url(jp_fetch):
    for method in ("GET", "DELETE"):
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", "space", method=method, headers={"Authorization": ""})
        assert error.value.code == 403
    served = await jp_fetch("isolation-info", "space", "schema")
    root = served.effective_url.split("/jupyterlab/default/")[0]
    with pytest.raises(HTTPClientError) as error:
        await AsyncHTTPClient().fetch(
            f"{root}/isolation-info/space?path=", headers=served.request.headers
        )
    assert error.value.code == 404


class TestAuthorization:
    @pytest.fixture
    def jp_server_config(self):
        return denied_server_config()

    @pytest.mark.parametrize(
        ("method", "path"), [("GET", "space"), ("DELETE", "space"), ("GET", "space/schema")]
    )
    async def test_an_authorizer_that_denies_the_resource_gets_403(self, jp_fetch, method, path):
        with pytest.raises(HTTPClientError) as error:
            await jp_fetch("isolation-info", *path.split("/"), method=method)
        assert error.value.code == 403


async def test_a_deleted_file_a_kernel_holds_names_its_notebook(
    jp_fetch, jp_serverapp, jp_root_dir
):
    response = await jp_fetch(
        "api",
        "sessions",
        method="POST",
        body=json.dumps(
            {"path": "analysis.ipynb", "type": "notebook", "kernel": {"name": "python3"}}
        ),
    )
    kernel_id = json.loads(response.body)["kernel"]["id"]
    client = jp_serverapp.kernel_manager.get_kernel(kernel_id).client()
    client.start_channels()
    try:
        await client.wait_for_ready(timeout=60)
        held = jp_root_dir / "held.bin"
        reply = await client.execute_interactive(
            f"held = open({str(held)!r}, 'wb'); held.write(b'h' * 2_000_000); held.flush(); "
            f"import os; os.unlink({str(held)!r})",
            timeout=60,
        )
        assert reply["content"]["status"] == "ok"
        answer = (await done(jp_fetch, ""))["answer"]
    finally:
        client.stop_channels()
        await jp_fetch("api", "kernels", kernel_id, method="DELETE")
    files = {f["path"]: f for f in answer["held_deleted"]["files"]}
    found = files[str(held)]
    assert found["bytes"] >= 2_000_000
    holders = {h["kernel_id"]: h["notebook"] for h in found["holders"]}
    assert holders == {kernel_id: "analysis.ipynb"}


async def test_unloading_cancels_the_walks_and_takes_no_more(
    jp_fetch, jp_serverapp, jp_root_dir, monkeypatch
):
    tree(jp_root_dir / "data")
    service = walks(jp_serverapp)
    gate = Gate(service, monkeypatch)
    await get(jp_fetch, "data")
    await gate.until_reached()
    running = next(iter(service._running.values()))
    await jp_serverapp.cleanup_extensions()
    assert running.cancel.is_set()
    gate.open()
    await until(lambda: not running.running, "the cancelled walk's end")
    assert running.answer["stopped"]["reason"] == "cancelled"
    with pytest.raises(Refused):
        await service.walk("data")


def test_a_folder_on_a_dead_fuse_mount_is_answered_by_a_sentence_at_once():
    """mountinfo alone places the folder (or one inside it) on FUSE: answered without a look at
    it, no walk started. A symbolic link onto it costs the guard's second once."""
    seen = run_scenario("space_route_scenario.py")
    root = seen["root"]
    for path in ("efs", "efs/cache"):
        envelope = assert_follows(seen[path]["envelope"], SPACE_WALK_SCHEMA_PATH)
        assert seen[path]["seconds"] < 0.5
        assert envelope["state"] == "done" and envelope["path"] == path
        answer = envelope["answer"]
        assert answer["total"]["bytes"] is None and answer["filesystem"]["type"] == "fuse"
        assert answer["errors"] == [
            f"{root}/{path} is on fuse, a network or FUSE file system (or one not known to be "
            "local): walking it could wait on its server for ever, so it was not walked."
        ]
    linked = seen["link-to-efs"]
    assert linked["seconds"] < 5  # the guard's second, never the mount's silence
    assert linked["envelope"]["answer"]["errors"][0].endswith("(a stalled network mount?).")
    assert seen["walks_started"] == 0


# --- the report's volumes name their last walk -----------------------------------------------


async def test_the_servers_report_names_the_last_walk_of_the_volume(
    jp_fetch, jp_serverapp, jp_root_dir
):
    tree(jp_root_dir / "data", files=10, size=100_000)
    (jp_root_dir / "small").mkdir()
    (jp_root_dir / "small" / "f").write_bytes(b"s" * 5000)
    before = assert_valid(json.loads((await jp_fetch("isolation-info", "report")).body))
    assert all(v["walked"] is None for v in before["volumes"])
    answer = (await done(jp_fetch, ""))["answer"]
    # The walk made the cached report stale: the next one names it, no refresh asked.
    report = assert_valid(json.loads((await jp_fetch("isolation-info", "report")).body))
    point = answer["filesystem"]["mount_point"]
    walked = {v["mount_point"]: v["walked"] for v in report["volumes"]}
    assert point in walked, "the walked folder's volume is one the user writes to"
    named = walked.pop(point)
    assert named["path"] == str(jp_root_dir) and named["at"]
    assert named["largest"][0] == {
        "path": str(jp_root_dir / "data"),
        "bytes": answer["children"][0]["bytes"],
    }
    assert [f["path"] for f in named["largest"]] == [c["path"] for c in answer["children"][:3]]
    assert all(value is None for value in walked.values())


WALKED = {
    "at": "2026-12-07T10:00:00Z",
    "path": "/home/sagemaker-user",
    "largest": [
        {"path": "/home/sagemaker-user/.cache", "bytes": 3 * 2**30},
        {"path": "/home/sagemaker-user/data", "bytes": 2**30},
    ],
    "caches": [{"name": "pip", "bytes": 1288490188, "clear": "pip cache purge"}],
    "trash_bytes": 512 * 2**20,
}


def nearly_full(walked) -> dict:
    return {
        "mount_point": "/home/sagemaker-user",
        "roles": ["home"],
        "read_only": False,
        "error": None,
        "used_bytes": 95,
        "available_bytes": 5,
        "inodes_used": 1,
        "inodes_available": 99,
        "walked": walked,
    }


def test_a_nearly_full_volume_says_where_the_space_went_from_its_last_walk():
    (finding,) = judge_volumes.find({"volumes": [nearly_full(WALKED)]}, {})
    assert finding["id"] == "volume-nearly-full"
    assert (
        "The walk of /home/sagemaker-user at 2026-12-07T10:00:00Z found: the largest folders "
        "/home/sagemaker-user/.cache 3.0 GiB, /home/sagemaker-user/data 1.0 GiB; "
        "pip 1.2 GiB: `pip cache purge`; the Trash 512.0 MiB." in finding["detail"]
    )
    assert "delete_to_trash" in finding["detail"]
    assert "up to the domain's maximum" in finding["detail"]


def test_without_a_walk_the_detail_says_it_is_not_known_and_how_to_find_out():
    (finding,) = judge_volumes.find({"volumes": [nearly_full(None)]}, {})
    assert judge_volumes.NOT_WALKED in finding["detail"]
    assert "Show Disk Space" in finding["detail"] and "The walk of" not in finding["detail"]


def test_the_summary_keeps_three_folders_and_the_found_caches_apart_from_the_trash():
    answer = {
        "path": "/h",
        "resolved": "/h",
        "children": [{"path": f"/h/{n}", "bytes": 10 - n, "at_least": False} for n in range(5)],
        "caches": [
            {"id": "pip", "name": "pip", "found": True, "bytes": 7, "clear": "pip cache purge"},
            {"id": "npm", "name": "npm", "found": False, "bytes": None, "clear": "npm c"},
            {"id": "yarn", "name": "yarn", "found": True, "bytes": 0, "clear": "yarn c"},
            {"id": "conda", "name": "conda", "found": True, "bytes": 9, "clear": "conda c"},
            {"id": "trash", "name": "Trash", "found": True, "bytes": 4, "clear": "rm"},
        ],
    }
    assert summary(answer, "2026-12-07T10:00:00Z") == {
        "at": "2026-12-07T10:00:00Z",
        "path": "/h",
        "largest": [{"path": f"/h/{n}", "bytes": 10 - n} for n in range(3)],
        "caches": [
            {"name": "conda", "bytes": 9, "clear": "conda c"},
            {"name": "pip", "bytes": 7, "clear": "pip cache purge"},
        ],
        "trash_bytes": 4,
    }


async def test_past_the_bound_of_look_ups_one_more_is_a_503(jp_fetch, monkeypatch):
    monkeypatch.setattr(space_service, "MAX_LOOKUPS", 0)
    with pytest.raises(HTTPClientError) as error:
        await get(jp_fetch, "")
    assert error.value.code == 503 and error.value.response.headers["Retry-After"]
    assert "looking up 0 folders" in json.loads(error.value.response.body)["message"]


async def test_kept_walks_and_volumes_are_bounded(tmp_path, monkeypatch):
    """However many folders are walked, the finished walks kept and the volumes named stay
    within their bounds, the least recently finished going first."""
    monkeypatch.setattr(space_service, "KEPT_VOLUMES", 4)
    volumes = iter(range(10**6))

    def walker(path, cancel=None, progress=None, confine=None):
        answer = space.space(path, time_limit=5, held=False)
        # Each walk on a volume of its own, as far as the kept volumes can tell.
        answer["filesystem"]["mount_point"] = f"/volume-{next(volumes)}"
        return answer

    service = SpaceService(SimpleNamespace(root_dir=str(tmp_path)), walker=walker)
    try:
        count = space_service.KEPT_WALKS + 5
        for number in range(count):
            (tmp_path / f"d{number}").mkdir()
            await service.walk(f"d{number}")
            await until(lambda: service.running == 0, "the walk's end")
        assert service.started == count
        assert len(service._kept) == space_service.KEPT_WALKS
        assert str(tmp_path / "d0") not in service._kept
        assert str(tmp_path / f"d{count - 1}") in service._kept
        assert service.walked("/volume-0") is None
        assert service.walked(f"/volume-{count - 1}")["path"] == str(tmp_path / f"d{count - 1}")
        assert len(service._volumes) == 4
    finally:
        service.close()


# --- nothing outside the file browser's root is named ----------------------------------------


async def test_caches_and_held_files_outside_the_root_are_named_by_the_cli_not_the_route(
    jp_fetch, jp_root_dir, tmp_path, monkeypatch
):
    # Beside the root, on its volume: caches a variable moved there, and a file deleted there
    # that this process (the server's) still holds open.
    outside = tmp_path / "outside"
    pip_cache = outside / "pipcache"
    pip_cache.mkdir(parents=True)
    (pip_cache / "wheel").write_bytes(b"w" * 50_000)
    torch_home = outside / "torch"
    torch_home.mkdir()
    monkeypatch.setenv("PIP_CACHE_DIR", str(pip_cache))
    monkeypatch.setenv("TORCH_HOME", str(torch_home))
    tree(jp_root_dir / "data", files=10)
    held = outside / "held.log"
    with open(held, "wb") as holder:
        holder.write(b"h" * 300_000)
        holder.flush()
        held.unlink()
        answer = (await done(jp_fetch, ""))["answer"]
        report = json.loads((await jp_fetch("isolation-info", "report")).body)
        cli = subprocess.run(
            [
                sys.executable,
                "-m",
                "jupyterlab_isolation_info",
                "space",
                str(jp_root_dir),
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    mine = [
        f
        for f in answer["held_deleted"]["files"]
        if any(h["pid"] == os.getpid() for h in f["holders"])
    ]
    # The route: no path outside the root anywhere in its answer, each said instead.
    assert str(outside) not in json.dumps(answer)
    caches = {c["id"]: c for c in answer["caches"]}
    assert caches["pip"]["path"] is None and caches["pip"]["bytes"] is None
    assert caches["pip"]["path_reason"] == caches["pip"]["reason"] == space.OUTSIDE_ROOT
    assert caches["pip"]["source"] == "PIP_CACHE_DIR"
    assert caches["torch"]["clear"] == 'ls -la "$TORCH_HOME/hub/checkpoints"'
    (file,) = mine
    assert file["path"] is None and file["path_reason"] == space.OUTSIDE_ROOT
    assert file["apparent_bytes"] is None and file["bytes"] >= 300_000  # what closing frees
    # Drawn as text too, the reason where the path would be.
    assert f"({space.OUTSIDE_ROOT})" in render_space.to_text(answer)
    # Nor in the report's volumes, their findings or the walk they name.
    assert str(outside) not in json.dumps([report["volumes"], report["findings"]])
    # The command line, run by the user in their shell, names them all.
    named = json.loads(cli.stdout)
    caches = {c["id"]: c for c in named["caches"]}
    assert caches["pip"]["path"] == str(pip_cache) and caches["pip"]["path_reason"] is None
    assert str(pip_cache) in caches["pip"]["reason"]
    assert caches["torch"]["clear"] == f"ls -la {torch_home / 'hub' / 'checkpoints'}"
    files = {f["path"]: f for f in named["held_deleted"]["files"]}
    assert files[str(held)]["apparent_bytes"] == 300_000


@pytest.mark.parametrize(
    "path, confine, expected",
    [
        ("/home/u/.cache/pip", ("/home/u",), "/home/u/.cache/pip"),
        ("/home/u", ("/home/u",), "/home/u"),
        ("/home/user", ("/home/u",), None),  # a prefix of the name is not inside
        ("/opt/pipcache", ("/home/u",), None),
        ("/home/u/.cache", ("/mnt/home/u", "/home/u"), "/mnt/home/u/.cache"),  # a link's name
        ("/opt/x", ("/",), "/opt/x"),
    ],
)
def test_a_path_inside_the_root_under_any_of_its_names_is_found_below_its_real_path(
    path, confine, expected
):
    assert space.within_root(path, confine) == expected


def test_a_root_named_through_a_link_keeps_its_caches_named(tmp_path):
    real = tmp_path / "real"
    (real / ".cache" / "pip").mkdir(parents=True)
    (real / ".cache" / "pip" / "wheel").write_bytes(b"w" * 10_000)
    home = tmp_path / "home"
    home.symlink_to(real)
    answer = space.space(
        str(real), environ={"HOME": str(home)}, held=False, confine=(str(real), str(home))
    )
    pip = next(c for c in answer["caches"] if c["id"] == "pip")
    assert pip["path"] == str(home / ".cache" / "pip") and pip["path_reason"] is None
    assert pip["found"] is True and pip["bytes"] == du(real / ".cache" / "pip")


def test_a_confined_walk_reads_no_condarc_outside_its_root(tmp_path):
    home = tmp_path / "home"
    root = home / "work"
    (root / "pkgs").mkdir(parents=True)
    (home / ".condarc").write_text(f"pkgs_dirs:\n  - {root / 'pkgs'}\n")
    environ = {"HOME": str(home)}
    free = space.space(str(root), environ=environ, held=False)
    confined = space.space(str(root), environ=environ, held=False, confine=(str(root),))
    assert str(root / "pkgs") in [c["path"] for c in free["caches"]]
    assert str(root / "pkgs") not in [c["path"] for c in confined["caches"]]
    inside = str(root) + "/"
    for cache in confined["caches"]:
        assert cache["path"] is None or cache["path"].startswith(inside), cache
        assert cache["path"] is not None or cache["path_reason"] == space.OUTSIDE_ROOT
        assert str(home) + "/." not in cache["clear"], cache  # the Trash's: "$HOME/..."
