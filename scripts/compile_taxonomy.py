"""Write taxonomy/_compiled.json, the parsed copy of the shipped taxonomy files.

Run after editing any file in taxonomy/: ``python scripts/compile_taxonomy.py``. A stale copy is
never used (each file's fingerprint must match), it only makes loading slower;
tests/test_taxonomy.py fails until the copy is fresh.
"""

from __future__ import annotations

from pathlib import Path

from gapcheck.taxonomy import COMPILED_NAME, compile_shipped

FOLDER = Path(__file__).resolve().parents[1] / "taxonomy"


def main() -> None:
    target = FOLDER / COMPILED_NAME
    target.write_text(compile_shipped(FOLDER), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
