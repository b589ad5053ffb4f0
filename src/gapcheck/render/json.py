"""The report as JSON, and the JSON Schema it follows."""

from __future__ import annotations

import json

from gapcheck.escape import escape_controls_json
from gapcheck.models import GapReport

__all__ = ["render_json", "report_schema"]


def render_json(report: GapReport) -> str:
    """The report as indented JSON, ending with a newline; nothing else, so it can be piped.

    Computed fields (``matched``, ``partial``, ``missing``) are included; the shape is
    :func:`report_schema`. Control characters and bidirectional overrides in strings are
    ``\\uXXXX`` escapes (:func:`~gapcheck.escape.escape_controls_json`): the same data, inert on
    a terminal.
    """
    return escape_controls_json(report.model_dump_json(indent=2)) + "\n"


def report_schema() -> str:
    """The JSON Schema of :func:`render_json`'s output, as committed in
    ``schema/gap_report.schema.json`` (indent 2, trailing newline)."""
    return json.dumps(GapReport.model_json_schema(mode="serialization"), indent=2) + "\n"
