"""The walls a notebook hits, hit for real by a kernel running as another user than its server.

As in Studio Classic, where the kernel runs as root in another container while the server runs
as sagemaker-user, the identities differ; here the server is root and its kernel uid 65534 (the
walls_other_identity_scenario, in a mount namespace of this test's own, with the errors
fixture's own walls). Each cell's real output must be the fixture's text (the recogniser's jest
specs say which of them get "Explain" and which, like `1/0`, get nothing); the explanation made
in the kernel, as the front end asks for it, must refuse what the kernel's user was refused, with
the reason; the server's explanation of the same path must differ where only the identity does.
"""

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from as_other_user import readable_venv
from own_mount_namespace import run_in_own_namespace
from test_explain import assert_valid
from walls_other_identity_scenario import CELLS

HERE = Path(__file__).parent
SCENARIO = HERE / "walls_other_identity_scenario.py"
FIXTURE = HERE.parents[2] / "src" / "__tests__" / "fixtures" / "errors" / "notebook-outputs.json"
NOBODY = 65534
OTHER_CLASS = "so the 'other' class applies; that class grants ---"


@pytest.fixture(scope="module")
def seen() -> dict:
    if os.geteuid() != 0 or not shutil.which("setpriv") or not shutil.which("unshare"):
        pytest.fail("needs root, setpriv and unshare (util-linux); CI runs as root")
    return run_in_own_namespace(
        SCENARIO, [HERE.parent, HERE], str(readable_venv()), timeout=180, stderr_tail=3000
    )


def fixture_outputs(cell_id: str) -> list:
    return next(c["outputs"] for c in json.loads(FIXTURE.read_text()) if c["id"] == cell_id)


def without_counts(outputs: list) -> list:
    """The outputs with the execution count of tracebacks' `In[N]` left out."""
    return json.loads(re.sub(r"In\[\d+\]", "In[N]", json.dumps(outputs)))


def verdict(answer: dict, operation: str) -> tuple:
    found = answer["operations"][operation]
    return found["allowed"], found["measured"]


def test_the_kernel_runs_as_another_user_than_the_server(seen):
    assert seen["whoami"] == [str(NOBODY), "/mnt/home/work"]
    for cell_id, answer in seen["kernel"].items():
        assert_valid(answer)
        assert answer["identity"]["uid"] == NOBODY, cell_id
        assert_valid(seen["server"][cell_id])
        assert seen["server"][cell_id]["identity"]["uid"] == 0, cell_id


@pytest.mark.parametrize("cell_id", CELLS)
def test_each_real_output_is_the_fixtures_text(seen, cell_id):
    assert without_counts(seen["cells"][cell_id]) == without_counts(fixture_outputs(cell_id))


def test_the_outputs_are_the_walls_themselves(seen):
    """Not only equal to the fixture: each is the refusal it stands for."""
    evalue = {k: o[0].get("evalue") for k, o in seen["cells"].items()}
    assert evalue["eacces-relative"].startswith("[Errno 13] Permission denied")
    assert evalue["erofs-write"].startswith("[Errno 30] Read-only file system")
    assert evalue["enospc-write"] == "[Errno 28] No space left on device"
    assert evalue["eperm-chown"].startswith("[Errno 1] Operation not permitted")
    assert seen["cells"]["zero-division"][0]["ename"] == "ZeroDivisionError"
    # `!cat` runs on a pty (its stderr arrives as stdout); subprocess keeps stderr apart.
    assert seen["cells"]["bang-cat"] == [
        {
            "output_type": "stream",
            "name": "stdout",
            "text": "cat: /mnt/locked/secret.txt: Permission denied\r\n",
        }
    ]
    stream = seen["cells"]["subprocess-stderr"][0]
    assert (stream["name"], stream["text"]) == (
        "stderr",
        "cat: /mnt/locked/secret.txt: Permission denied\n",
    )


@pytest.mark.parametrize("cell_id", ["eacces-relative", "bang-cat"])
def test_a_root_only_file_is_refused_to_the_kernel_and_not_to_the_server(seen, cell_id):
    kernel, server = seen["kernel"][cell_id], seen["server"][cell_id]
    # Named as the error named it: relative to the kernel's working directory.
    assert kernel["resolved"] == "/mnt/locked/secret.txt"
    assert verdict(kernel, "read") == (False, True)
    reason = kernel["operations"]["read"]["reason"]
    assert "neither its owner (uid 0 (root))" in reason and OTHER_CLASS in reason
    assert kernel["operations"]["read"]["fix"].startswith("Ask its owner (uid 0 (root))")
    # The server's user may: its answer is not the kernel's.
    assert verdict(server, "read") == (True, True)
    assert seen["root_tries"]["read_root_only"] == "ok"


def test_a_read_only_mount_refuses_both_alike(seen):
    kernel, server = seen["kernel"]["erofs-write"], seen["server"]["erofs-write"]
    assert kernel["exists"] is False
    for answer in (kernel, server):
        assert verdict(answer, "create") == (False, True)
        create = answer["operations"]["create"]
        assert create["reason"] == (
            "Creating it in /mnt/ro: The mount at /mnt/ro is read-only: tmpfs from walls-ro."
        )
        assert create["fix"].startswith("Copy it to a writable place")


@pytest.mark.parametrize(
    ("cell_id", "operation"), [("enospc-write", "write"), ("enospc-inodes", "create")]
)
def test_a_full_volume_refuses_both_alike(seen, cell_id, operation):
    for answer in (seen["kernel"][cell_id], seen["server"][cell_id]):
        assert verdict(answer, operation) == (False, False)
        refused = answer["operations"][operation]
        assert "The file system at /mnt/full is full" in refused["reason"]
        assert refused["fix"].startswith("Free space on /mnt/full")


def test_chown_is_refused_for_want_of_the_capability_the_server_has(seen):
    """The explanation has no chown verdict: its answer is who holds CAP_CHOWN."""
    kernel, server = seen["kernel"]["eperm-chown"], seen["server"]["eperm-chown"]
    assert "CAP_CHOWN" not in kernel["identity"]["capabilities"]
    assert "CAP_CHOWN" in server["identity"]["capabilities"]
    assert seen["root_tries"]["chown_nobodys"] == "ok"
    assert seen["root_tries"]["chmod_nobodys"] == "ok"
    # Its own directory: everything else is the kernel's to do.
    assert verdict(kernel, "chmod") == (True, False)
    assert kernel["operations"]["chmod"]["reason"] == "Derived: you own it."


def test_root_may_chmod_what_nobody_owns_where_every_id_is_mapped(seen):
    # root_tries: root's real chmod of it succeeded (the test above).
    assert seen["server"]["eperm-chown"]["operations"]["chmod"]["allowed"] is True
