"""Save a trained tagger as the shipped model folder (``src/gapcheck/tagger_model``).

    python training/finalize.py runs/bio-w64d2/model-best src/gapcheck/tagger_model

Keeps only the trained components (``tok2vec`` and the BIO ``tagger`` head) on a blank English
base, puts spaCy's own tagger scorer in place of the training one (so the folder loads with
plain ``spacy.load``, no custom code), writes the model's data sources into its meta, keeps an
``__init__.py`` already in the target (the data package), and checks that the saved model
predicts the same tags as the trained one.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CHECK_TEXTS = [
    "Skills: Python, Java, Kubernetes and strong communication skills.\n",
    "Technologies\ndocker agile selenium circleci jenkins\n",
    "WORK EXPERIENCE\nDeveloped REST APIs with Spring Boot and PostgreSQL on AWS.\n",
]
META = {
    "name": "gapcheck_skill_tagger",
    "version": "0.1.0",
    "description": "Skill span tagger for gapcheck (CNN tok2vec, no vectors); labels "
    "KNOWLEDGE/SKILL. Run it on docs made by gapcheck's tokenizer.",
    "sources": [
        {
            "name": "SkillSpan (Zhang et al., NAACL 2022), train split",
            "url": "https://github.com/kris927b/SkillSpan",
            "license": "MIT",
        },
        {
            "name": "dotin resume NER annotations, 85% of the train folder",
            "url": "https://github.com/dotin-inc/resume-dataset-NER-annotations",
            "license": "CC0-1.0",
        },
    ],
}


def _tags(nlp: Any) -> list[list[str]]:
    docs = [nlp(text) for text in CHECK_TEXTS]
    return [[token.tag_ for token in doc] for doc in docs]


def finalize(source: Path, target: Path) -> dict[str, Any]:
    """Write the shipped folder of ``source`` to ``target``; returns its components and size."""
    import spacy

    sys.path.insert(0, str(HERE))
    import bio  # noqa: F401  (registers the training scorer, so the source loads)

    trained = spacy.load(source)
    nlp = spacy.blank("en")
    for name in ("tok2vec", "tagger"):
        nlp.add_pipe(name, source=trained)
    nlp.meta.update(META)
    with tempfile.TemporaryDirectory() as folder:
        staged = Path(folder) / "model"
        nlp.to_disk(staged)
        config = staged / "config.cfg"
        text = config.read_text(encoding="utf-8")
        text = text.replace('"bio_span_scorer.v1"', '"spacy.tagger_scorer.v1"')
        config.write_text(text, encoding="utf-8")
        init = target / "__init__.py"
        if init.exists():
            shutil.copy2(init, staged / "__init__.py")
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(staged, target)
    same = _tags(spacy.load(target)) == _tags(trained)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    return {"components": nlp.pipe_names, "megabytes": round(size / 1e6, 2), "same_tags": same}


def main(argv: list[str] | None = None) -> int:
    source, target = (Path(arg) for arg in (argv or sys.argv[1:]))
    result = finalize(source, target)
    print(json.dumps(result, indent=1))
    return 0 if result["same_tags"] else 1


if __name__ == "__main__":
    sys.exit(main())
