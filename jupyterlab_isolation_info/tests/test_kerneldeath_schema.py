"""The kernel-death answer's schema holds the verdicts death_verdict really gives."""

import json
from pathlib import Path

import jsonschema
import pytest

from jupyterlab_isolation_info.collector import judge_limits

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "kerneldeath.schema.json").read_text(encoding="utf-8")
)
NOTICED = "2026-01-01T14:02:00Z"
DIRECTORY = "/sys/fs/cgroup/user.slice"


def answer(verdict: dict | None) -> dict:
    kernel_id = "4f2c0b1e-0000-4000-8000-000000000000"
    death = (
        None
        if verdict is None
        else {"kernel_id": kernel_id, "event": "restart", "count": 1, **verdict}
    )
    return {"kernel_id": kernel_id, "watching": True, "death": death}


@pytest.mark.parametrize(
    "before, after, exit_status",
    [
        # Killed for lack of memory, with a limit; with none (the machine's memory ran out).
        ({"oom_kill": 0}, {"oom_kill": 1, "limit_bytes": 4294967296, "directory": DIRECTORY}, -9),
        ({"oom_kill": 2}, {"oom_kill": 5, "unlimited": True, "machine_bytes": 1 << 34}, -9),
        # Not memory; an exit status, not a signal.
        ({"oom_kill": 3}, {"oom_kill": 3, "limit_bytes": None}, 1),
        # Unknown: the start unseen, a counter unread, the exit status unknown.
        (None, {"oom_kill": 1}, None),
        ({"oom_kill": None, "error": "memory.events: permission denied"}, {"oom_kill": 0}, -15),
        ({"oom_kill": 0}, {"oom_kill": None}, -200),
    ],
)
def test_real_verdicts_follow_the_schema(before, after, exit_status):
    verdict = judge_limits.death_verdict(before, after, exit_status, NOTICED)
    jsonschema.validate(answer(verdict), SCHEMA, format_checker=jsonschema.FormatChecker())


def test_no_death_follows_the_schema():
    jsonschema.validate(answer(None), SCHEMA)


@pytest.mark.parametrize(
    "patch",
    [
        {"cause": "oom"},
        {"noticed_at": "yesterday"},
        {"text": ""},
        {"count": 0},
        {"extra": 1},
    ],
)
def test_a_verdict_out_of_contract_is_refused(patch):
    verdict = judge_limits.death_verdict({"oom_kill": 0}, {"oom_kill": 1}, -9, NOTICED)
    bad = answer({**verdict, **patch})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA, format_checker=jsonschema.FormatChecker())


def test_the_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
