"""The report contract: every report a test produces is checked against report.schema.json."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

SCHEMA_PATH = Path(__file__).parents[1] / "report.schema.json"


@cache
def _registry() -> referencing.Registry:
    """Every schema of the package by its $id: a contract may refer to another (the space
    route's envelope to a walk's answer), and nothing is fetched."""
    resources = []
    for other in sorted(SCHEMA_PATH.parent.glob("*.schema.json")):
        contents = json.loads(other.read_text(encoding="utf-8"))
        resources.append((contents["$id"], DRAFT202012.create_resource(contents)))
    return referencing.Registry().with_resources(resources)


@cache
def schema_validator(path: Path) -> jsonschema.Draft202012Validator:
    """The validator of one contract's schema (report, explain, space…), itself checked."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, registry=_registry(), format_checker=jsonschema.FormatChecker()
    )


def validator() -> jsonschema.Draft202012Validator:
    return schema_validator(SCHEMA_PATH)


def assert_follows(document: dict, schema_path: Path, what: str = "the answer") -> dict:
    """The document itself when it follows the schema; else an AssertionError naming each fault."""
    faults = [
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in schema_validator(schema_path).iter_errors(document)
    ]
    assert not faults, f"{what} breaks {schema_path.name}:\n" + "\n".join(faults)
    return document


def assert_valid(report: dict) -> dict:
    """The report itself when it follows report.schema.json."""
    return assert_follows(report, SCHEMA_PATH, "the report")


# --- what is generated from the contracts ------------------------------------------------------

DOCS_GENERATOR = SCHEMA_PATH.parents[1] / "docs" / "generate.py"


def docs_generator():
    """docs/generate.py as a module: it writes the documentation's reference pages."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("docs_generate", DOCS_GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def schema_with_finding_ids() -> str:
    """report.schema.json with the finding id's enum being the declared findings, written as
    the schema is written (two-space indent, a final newline)."""
    from jupyterlab_isolation_info.collector.findings import FINDINGS

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    finding_id = schema["$defs"]["finding"]["properties"]["id"]
    finding_id.pop("pattern", None)
    finding_id["enum"] = sorted(FINDINGS)
    finding_id["description"] = (
        "Stable identifier, one of the findings declared in collector/findings.py."
    )
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """`--update` rewrites the schema's finding ids; without it, 1 when they are stale.
    (The documentation's reference pages are docs/generate.py's.)"""
    schema = schema_with_finding_ids()
    if argv and "--update" in argv:
        SCHEMA_PATH.write_text(schema, encoding="utf-8")
        return 0
    return 0 if schema == SCHEMA_PATH.read_text(encoding="utf-8") else 1


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
