"""Write the JSON Schema of a GapReport to schema/gap_report.schema.json.

Run after changing a result model: ``python scripts/write_schema.py``; tests/test_schema.py
fails until the committed file matches the models.
"""

from __future__ import annotations

from pathlib import Path

from gapcheck.render import report_schema

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "gap_report.schema.json"


def main() -> None:
    SCHEMA_PATH.parent.mkdir(exist_ok=True)
    SCHEMA_PATH.write_text(report_schema(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")


if __name__ == "__main__":
    main()
