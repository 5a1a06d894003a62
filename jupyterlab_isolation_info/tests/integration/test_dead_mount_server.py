"""A real `jupyter server` with the extension, running as an ordinary user, whose root holds a
dead network mount (a FUSE mount whose daemon never answers, like a hard NFS/EFS mount whose
server is gone) and links that lead onto it and out of the root; in a mount namespace of this
test's own. Every request goes to 127.0.0.1.

Asked about paths there, the server answers with one sentence and every operation unknown, its
other routes go on answering, links that lead out are refused alike whether their target exists
or not, and past the guard's bound of stuck calls the next one is refused at once.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from as_other_user import readable_venv
from dead_mount_server_scenario import OTHER_ROUTES
from test_explain import assert_valid

from jupyterlab_isolation_info.explain_service import LEFT_ROOT

HERE = Path(__file__).parent
SCENARIO = HERE / "dead_mount_server_scenario.py"
NOBODY = 65534
OPERATIONS = ("read", "write", "create", "delete", "chmod", "execute")
STILL_WAITING = "calls to a file system that does not answer are still waiting"


def run_scenario(*args: str, as_root_only: bool) -> dict:
    if not os.path.exists("/dev/fuse"):
        pytest.skip("this machine has no /dev/fuse to mount a file system that never answers")
    if not shutil.which("unshare"):
        pytest.skip("unshare (util-linux) is missing: no private mount namespace for the mount")
    private = ["--mount", "--propagation", "private", "--"]
    if os.geteuid() != 0:
        if as_root_only:
            pytest.fail("needs root to run the server as another user (setpriv); CI runs as root")
        private = ["--user", "--map-root-user", *private]
    outer = os.readlink("/proc/self/ns/mnt")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE)])}
    done = subprocess.run(
        ["unshare", *private, sys.executable, str(SCENARIO), outer, *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    if done.returncode and "unshare failed" in done.stderr:
        pytest.skip(f"no private mount namespace here: {done.stderr.strip()[-300:]}")
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def served() -> dict:
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.fail("setpriv (util-linux) is missing: `make test` installs it")
    venv = readable_venv() if os.geteuid() == 0 else Path(sys.prefix)
    return run_scenario("server", str(venv), str(NOBODY), as_root_only=True)


@pytest.fixture(scope="module")
def exhausted() -> dict:
    return run_scenario("exhaust", as_root_only=False)


def body(response: dict) -> dict:
    assert response["code"] == 200, response
    return assert_valid(json.loads(response["body"]))


def assert_unknown(answer: dict, named: str) -> str:
    """Every operation unknown for one sentence that names the path as asked; the sentence."""
    (sentence,) = answer["errors"]
    assert sentence.startswith(f"Resolving {named} "), sentence
    assert "(a stalled network mount?)" in sentence
    assert answer["operations"] == {
        name: {"allowed": None, "measured": False, "reason": sentence, "fix": None}
        for name in OPERATIONS
    }
    assert answer["walk"] == [] and answer["resolved"] is None and answer["exists"] is None
    return sentence


def test_a_stalled_path_through_a_link_is_one_guard_and_unknown(served):
    response = served["stalled"]
    assert response["seconds"] < 5  # the guard is 1 s
    answer = body(response)
    sentence = assert_unknown(answer, "to_stall/x")
    assert sentence == "Resolving to_stall/x did not answer within 1 s (a stalled network mount?)."
    assert served["root"] not in sentence
    assert answer["identity"]["uid"] == NOBODY  # the server's own user was asked about


def test_the_cli_answers_instead_of_hanging(served):
    run = served["cli"]
    assert run["returncode"] == 0, run
    assert run["seconds"] < 20
    answer = assert_valid(run["answer"])
    assert {op["allowed"] for op in answer["operations"].values()} == {None}
    assert {op["measured"] for op in answer["operations"].values()} == {False}
    assert any("did not answer within 1 s" in error for error in answer["errors"])
    assert answer["identity"]["uid"] == NOBODY


def test_eight_stuck_explanations_leave_every_other_route_answering(served):
    eight, others = served["eight"], served["others"]
    assert [response["path"] for response in others] == OTHER_ROUTES
    first_answered = min(response["ended"] for response in eight)
    for response in others:
        assert response["code"] == 200, response
        assert response["seconds"] < 1.0, (response["path"], response["seconds"])
        # Asked while all eight were still waiting for their answers.
        assert response["began"] < first_answered, response["path"]
    # A local file's explanation does not wait behind the eight (its thread is not theirs).
    assert others[-1]["ended"] < first_answered
    local = body(others[-1])
    assert local["exists"] is True and local["errors"] == []
    assert local["operations"]["write"]["allowed"] is True  # the user's own file
    assert b"jupyter_isolation_" in others[OTHER_ROUTES.index("/metrics")]["body"].encode()


def test_the_eight_are_answered_each_with_its_own_path(served):
    for response in served["eight"]:
        assert response["seconds"] < 5, response
        asked = response["path"].removeprefix("/isolation-info/explain?path=")
        sentence = assert_unknown(body(response), asked)
        assert served["root"] not in sentence


def test_links_out_of_the_root_are_refused_alike(served):
    out, missing = served["out"], served["out_missing"]
    assert out["code"] == missing["code"] == 403
    # One cannot tell whether something exists outside the root.
    assert out["body"] == missing["body"]
    assert json.loads(out["body"]) == {"message": LEFT_ROOT}
    assert served["outside"] not in out["body"]


def test_past_the_bound_a_call_is_refused_at_once(exhausted):
    # workers.MAX_BUSY = 3: one explanation on each of three dead mounts holds a worker each.
    assert exhausted["busy_while_waiting"] == 3
    for key, named in (("refused", "m3/x"), ("refused_again", "m3/y")):
        refused = exhausted[key]
        assert refused["seconds"] < 0.5, refused
        sentence = assert_unknown(assert_valid(refused["answer"]), named)
        assert f"was not tried: 3 {STILL_WAITING}" in sentence
    for stuck in exhausted["stuck"]:
        assert_unknown(assert_valid(stuck["answer"]), stuck["path"])
        assert "did not answer within 1 s" in stuck["answer"]["errors"][0]
    # Their workers stay blocked after the guard gave up on them.
    assert exhausted["busy_after"] == 3


def test_a_local_file_is_explained_while_the_workers_are_all_taken(exhausted):
    for key in ("local", "local_again"):
        local = exhausted[key]
        assert local["seconds"] < 0.5, local
        answer = assert_valid(local["answer"])
        assert answer["exists"] is True and answer["errors"] == []
        assert answer["operations"]["read"]["allowed"] is True
        assert answer["operations"]["write"]["allowed"] is True
