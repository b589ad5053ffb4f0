"""Write the compiled forms of the shipped taxonomy into taxonomy/ (see gapcheck.compiled).

Run after editing any file in taxonomy/, after changing the code that compiles them
(gapcheck/taxonomy.py, gapcheck/pipeline.py, gapcheck/components/{matching,word_sense,fuzzy,
skills}.py), after merging such changes, and after upgrading spaCy:
``python scripts/compile_taxonomy.py``. It writes

- ``_compiled.json``: each taxonomy file parsed, with a fingerprint of its bytes;
- ``_compiled_taxonomy.json``: the assembled, validated taxonomy;
- ``_compiled_tokenizer.json``: the tokenizer's special cases for the taxonomy's names;
- ``_compiled_skills.json``: the alias patterns as tokens, the word-sense cues, the fuzzy index;
- ``_compiled_names.json``: the skill names the tips and the honesty check look for in short
  texts (gapcheck/tailor/skill_names.py).

A stale form is never used (each carries the fingerprint of what it was made from), it only
makes the first start slower; tests/test_taxonomy.py and tests/test_speed_paths.py fail until
the forms are fresh.
"""

from __future__ import annotations

from pathlib import Path

from gapcheck.compiled import artifact_name, artifact_text
from gapcheck.pipeline import compile_shipped_forms
from gapcheck.tailor.skill_names import compile_name_table, name_table_key
from gapcheck.taxonomy import (
    COMPILED_NAME,
    compile_shipped,
    compile_shipped_snapshot,
    shipped_taxonomy,
)

FOLDER = Path(__file__).resolve().parents[1] / "taxonomy"


def main() -> None:
    taxonomy = shipped_taxonomy(FOLDER)
    written = {
        COMPILED_NAME: compile_shipped(FOLDER),
        artifact_name("taxonomy"): compile_shipped_snapshot(taxonomy),
    }
    for kind, text in compile_shipped_forms(taxonomy).items():
        written[artifact_name(kind)] = text
    names_key = name_table_key(taxonomy)
    assert names_key is not None  # the shipped taxonomy's files are known
    names = compile_name_table(taxonomy)
    written[artifact_name("names")] = artifact_text("names", names_key, names)
    for name, text in written.items():
        target = FOLDER / name
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
