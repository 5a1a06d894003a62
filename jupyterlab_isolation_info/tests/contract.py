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


# --- the README's contract list, generated from the schema ---------------------------------

README = SCHEMA_PATH.parents[1] / "README.md"
BEGIN = "<!-- contract: generated from report.schema.json by `make contract-doc`; do not edit -->"
END = "<!-- contract: end -->"


def _type_text(node: dict, defs: dict) -> str:
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return _type_text(defs[name], defs) if "properties" not in defs[name] else "object"
    if "const" in node:
        return json.dumps(node["const"])
    if "enum" in node:
        if len(node["enum"]) > 8:  # listed where they are declared, not here
            return f"one of {len(node['enum'])} values"
        return " / ".join("null" if v is None else f"`{v}`" for v in node["enum"])
    kind = node.get("type", "any")
    kinds = kind if isinstance(kind, list) else [kind]
    if kinds[0] == "array":
        items = node.get("items", {})
        inner = items.get("$ref", "").rsplit("/", 1)[-1]
        if inner and "properties" in defs.get(inner, {}):
            keys = ", ".join(defs[inner]["properties"])
            return f"list of {{{keys}}}"
        return f"list of {_type_text(items, defs)}"
    return " or ".join(kinds)


def _key_text(key: str, node: dict, defs: dict, required: list) -> str:
    text = f"`{key}` ({_type_text(node, defs)}{'' if key in required else ', optional'})"
    description = node.get("description")
    if not description and "$ref" in node:
        description = defs[node["$ref"].rsplit("/", 1)[-1]].get("description")
    return f"{text}: {description.rstrip('.')}" if description else text


def contract_lines() -> list[str]:
    """One bullet per top-level key, naming each key of its section, its type and meaning."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    defs = schema["$defs"]
    lines = []
    for key, node in schema["properties"].items():
        head = f"- `{key}`" + (f" — **{node['title']}**" if "title" in node else "")
        target = node
        if "$ref" in node:
            target = defs[node["$ref"].rsplit("/", 1)[-1]]
        elif node.get("type") == "array" and "$ref" in node.get("items", {}):
            target = defs[node["items"]["$ref"].rsplit("/", 1)[-1]]
            head += " (a list)"
        if "properties" in target:
            keys = "; ".join(
                _key_text(k, v, defs, target.get("required", []))
                for k, v in target["properties"].items()
            )
            lines.append(f"{head}: {keys}.")
        else:
            lines.append(f"{head} ({_type_text(node, defs)}): {node.get('description', '')}")
    lines[0] = lines[0].replace("(1)", "(always 1)")
    return lines


def readme_block() -> str:
    return "\n".join([BEGIN, "", *contract_lines(), "", END])


# --- the README's metric table, generated from metrics.METRICS ---------------------------------

METRICS_BEGIN = "<!-- metrics: generated from metrics.py by `make contract-doc`; do not edit -->"
METRICS_END = "<!-- metrics: end -->"


def _label_text(label: str, values) -> str:
    from jupyterlab_isolation_info import metrics

    if values == metrics.CONFIGURED:
        return f"`{label}`: the server's endpoint ids (imds-ipv4, imds-ipv6, extra_endpoints, efs)"
    if isinstance(values, str):
        return f"`{label}`: {values}"
    return f"`{label}`: " + ", ".join(f"`{v}`" for v in values)


def metrics_block() -> str:
    from jupyterlab_isolation_info import metrics

    cells = [["Metric", "Type", "Labels and their values", "Meaning"]]
    for metric in metrics.METRICS:
        labels = "<br>".join(_label_text(label, values) for label, values in metric.labels)
        cells.append([f"`{metric.name}`", metric.type, labels or "—", metric.help])
    # Padded as Prettier pads a table, so `jlpm prettier` leaves the generated block alone.
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    rows = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in cells
    ]
    rows.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join([METRICS_BEGIN, "", *rows, "", METRICS_END])


# --- the README's finding list, generated from findings.FINDINGS ---------------------------

FINDINGS_BEGIN = (
    "<!-- findings: generated from collector/findings.py by `make contract-doc`; do not edit -->"
)
FINDINGS_END = "<!-- findings: end -->"


def findings_block() -> str:
    """Every declared finding, worst severity first, then in the sections' order, then by id."""
    from jupyterlab_isolation_info.collector.findings import FINDINGS, SEVERITY_ORDER
    from jupyterlab_isolation_info.collector.summary import SECTION_TITLES, SECTIONS

    shown = [key for key, _title in SECTIONS]  # the order every view shows the sections in
    ordered = sorted(
        FINDINGS.items(),
        key=lambda item: (
            SEVERITY_ORDER[item[1].severity],
            shown.index(item[1].section),
            item[0],
        ),
    )
    lines = [
        f"- `{finding_id}` ({declared.severity}, {SECTION_TITLES[declared.section]}): "
        f"{declared.meaning}"
        for finding_id, declared in ordered
    ]
    return "\n".join([FINDINGS_BEGIN, "", *lines, "", FINDINGS_END])


def _replace(text: str, begin: str, end: str, block: str) -> str:
    start, stop = text.index(begin), text.index(end) + len(end)
    return text[:start] + block + text[stop:]


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
    schema = schema_with_finding_ids()
    schema_current = schema == SCHEMA_PATH.read_text(encoding="utf-8")
    if argv and "--update-readme" in argv:
        SCHEMA_PATH.write_text(schema, encoding="utf-8")  # the README's key list reads it
    text = README.read_text(encoding="utf-8")
    updated = _replace(text, BEGIN, END, readme_block())
    updated = _replace(updated, METRICS_BEGIN, METRICS_END, metrics_block())
    updated = _replace(updated, FINDINGS_BEGIN, FINDINGS_END, findings_block())
    if argv and "--update-readme" in argv:
        README.write_text(updated, encoding="utf-8")
        return 0
    return 0 if updated == text and schema_current else 1


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
