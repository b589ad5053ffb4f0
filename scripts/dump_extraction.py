"""Write everything gapcheck finds in the development documents, to compare two versions.

    PYTHONPATH=src python scripts/dump_extraction.py > after.jsonl
    diff before.jsonl after.jsonl    # no output: the same tokens, spans and profiles

The documents are those of ``benchmarks/extraction.py --split dev`` (SkillSpan dev postings and
dotin train resumes), never the test splits. Each line holds one document's tokens, its skill
spans with their method and score, its requirements, degrees and sections, and its profile.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from extraction import DEFAULT_DATA, load_d1, load_d2


def _record(name: str, doc, profile) -> dict[str, object]:
    meta = doc._.gapcheck_skill_meta or {}
    requirements = doc._.gapcheck_requirements
    return {
        "doc": name,
        "tokens": hashlib.blake2b("\x00".join(t.text for t in doc).encode()).hexdigest(),
        "n_tokens": len(doc),
        "spans": [
            [s.start, s.end, s.id_, *meta.get((s.start, s.end), (None, None))]
            for s in doc.spans["skills"]
        ],
        "requirements": repr(requirements),
        "education": repr(doc._.gapcheck_education),
        "sections": repr(doc._.gapcheck_sections),
        "profile": profile.model_dump(mode="json"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="../shared/data")
    args = parser.parse_args(argv)

    from gapcheck.extraction import SkillExtractor

    extractor = SkillExtractor()
    nlp = extractor.nlp
    for gold in [*load_d1(args.data, "dev"), *load_d2(args.data, "train")]:
        doc = nlp.make_doc(gold.text)
        doc._.gapcheck_kind = gold.kind
        doc = nlp(doc)
        record = _record(gold.name, doc, extractor.profile(doc, source=gold.name))
        print(json.dumps(record, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
