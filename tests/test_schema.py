"""The committed JSON Schema of a GapReport stays in step with the models and the JSON output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gapcheck.render import render_json, report_schema
from test_render import HOSTILE, empty_report, sample_report

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "gap_report.schema.json"
JSON_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def test_committed_schema_matches_the_models():
    committed = SCHEMA_PATH.read_text(encoding="utf-8")
    assert committed == report_schema(), (
        "schema/gap_report.schema.json is out of date: run `python scripts/write_schema.py`"
    )


def test_schema_names_the_report_fields():
    schema = json.loads(report_schema())
    assert schema["title"] == "GapReport"
    assert schema["properties"]["schema_version"]["const"] == 3
    assert {"score", "requirements", "matched", "partial", "missing"} <= set(schema["required"])
    requirement = schema["$defs"]["RequirementResult"]
    assert {"id", "label", "skills", "names", "importance", "status", "credit", "weight"} <= set(
        requirement["required"]
    )
    assert requirement["properties"]["status"]["enum"] == ["matched", "partial", "missing"]


def violations(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "$"):
    """Where ``value`` breaks ``schema`` (the subset of JSON Schema pydantic writes)."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in schema:
        if all(list(violations(value, option, root, path)) for option in schema["anyOf"]):
            yield f"{path}: matches no option of anyOf"
        return
    expected = schema.get("type")
    if expected is not None:
        is_bool = isinstance(value, bool)
        if not isinstance(value, JSON_TYPES[expected]) or (is_bool and expected != "boolean"):
            yield f"{path}: {value!r} is not of type {expected}"
            return
    if "const" in schema and value != schema["const"]:
        yield f"{path}: {value!r} != {schema['const']!r}"
    if "enum" in schema and value not in schema["enum"]:
        yield f"{path}: {value!r} not in {schema['enum']}"
    if "minimum" in schema and value < schema["minimum"]:
        yield f"{path}: {value} < {schema['minimum']}"
    if "maximum" in schema and value > schema["maximum"]:
        yield f"{path}: {value} > {schema['maximum']}"
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                yield f"{path}: missing {key!r}"
        for key, item in value.items():
            if key in properties:
                yield from violations(item, properties[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                yield f"{path}: unexpected {key!r}"
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            yield from violations(item, schema["items"], root, f"{path}[{n}]")


@pytest.mark.parametrize(
    "report", [sample_report(), sample_report(aws_context=HOSTILE), empty_report()]
)
def test_json_output_follows_the_committed_schema(report):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    data = json.loads(render_json(report))
    assert list(violations(data, schema, schema)) == []


def test_the_schema_check_catches_a_wrong_document():
    schema = json.loads(report_schema())
    data = json.loads(render_json(sample_report()))
    data["score"] = 140
    data["requirements"][0]["status"] = "maybe"
    del data["missing"]
    data["surprise"] = True
    assert sorted(violations(data, schema, schema)) == [
        "$.requirements[0].status: 'maybe' not in ['matched', 'partial', 'missing']",
        "$.score: 140 > 100",
        "$: missing 'missing'",
        "$: unexpected 'surprise'",
    ]
