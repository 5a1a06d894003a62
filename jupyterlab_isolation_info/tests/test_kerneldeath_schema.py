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


SHM = {"size_bytes": 1 << 20, "used_bytes": 1 << 20, "available_bytes": 0}
PIDS = {"oom_kill": 0, "pids": {"max_events": 0, "limit": 100}}


@pytest.mark.parametrize(
    "before, after, exit_status, shm",
    [
        # A bus error with /dev/shm full; one without evidence; /dev/shm unread.
        ({"oom_kill": 0}, {"oom_kill": 0}, -7, SHM),
        ({"oom_kill": 0}, {"oom_kill": 0}, -7, {"size_bytes": 1 << 33, "used_bytes": 0}),
        ({"oom_kill": 0}, {"oom_kill": 0}, -7, {"error": "not opened"}),
        # A native crash; the pids limit reached.
        ({"oom_kill": 0}, {"oom_kill": 0}, -6, None),
        (PIDS, {**PIDS, "pids": {"max_events": 3, "limit": 100}}, 1, None),
    ],
)
def test_deaths_told_apart_follow_the_schema(before, after, exit_status, shm):
    verdict = judge_limits.death_verdict(before, after, exit_status, NOTICED, shm)
    jsonschema.validate(answer(verdict), SCHEMA, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize(
    "shutdown",
    [
        {"culled": {"dead": False, "idle_seconds": 612}, "cull_idle_timeout": 600},
        {"culled": {"dead": True, "idle_seconds": None}, "cull_idle_timeout": 600},
        {"culled": None, "cull_idle_timeout": 0},
        {"culled": None, "cull_idle_timeout": 600, "culler_visible": True},
        {"culled": None, "cull_idle_timeout": 600, "culler_visible": False},
    ],
)
def test_shutdowns_follow_the_schema(shutdown):
    verdict = {**judge_limits.shutdown_verdict(shutdown, NOTICED), "event": "shutdown"}
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
