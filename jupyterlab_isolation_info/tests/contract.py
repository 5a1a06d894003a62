"""The report contract: every report a test produces is checked against report.schema.json."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema

SCHEMA_PATH = Path(__file__).parents[1] / "report.schema.json"


@cache
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def assert_valid(report: dict) -> dict:
    """The report itself when it follows the schema; else an AssertionError naming each fault."""
    faults = [
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in validator().iter_errors(report)
    ]
    assert not faults, "the report breaks the schema:\n" + "\n".join(faults)
    return report
