"""GET/DELETE isolation-info/space through a real jupyter_server: the walk of a folder inside
the file browser's root, off the loop, single-flighted, cancellable (space-walk.schema.json)."""

import json

import jsonschema
import pytest
from server_setup import server_config

from jupyterlab_isolation_info import SPACE_SCHEMA_PATH, SPACE_WALK_SCHEMA_PATH


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
