"""The training scripts run: a tiny corpus, two training steps, the finalize step (no real
training here; the real run is described in training/MODEL_CARD.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TRAINING = REPO / "training"

SAMPLE = [
    ("Requirements\nExperience with Python and Kubernetes.\n", ["Python", "Kubernetes"]),
    ("You will build data pipelines in Apache Airflow and dbt.\n", ["Apache Airflow", "dbt"]),
    ("Skills: Java, SQL, strong communication skills\n", ["Java", "SQL"]),
    ("We value teamwork and Terraform know-how.\n", ["Terraform"]),
]


NAMES = {name.lower() for _, names in SAMPLE for name in names}


def _pieces() -> list[tuple[str, list[tuple[int, int, str]]]]:
    pieces = []
    for text, names in SAMPLE:
        spans = [(text.index(n), text.index(n) + len(n), "KNOWLEDGE") for n in names]
        pieces.append((text, spans))
    return pieces


@pytest.fixture(scope="module")
def convert():  # the training script, imported from its folder
    sys.path.insert(0, str(TRAINING))
    try:
        import convert

        yield convert
    finally:
        sys.path.remove(str(TRAINING))


def test_docbins_hold_entities_and_bio_tags(convert, tmp_path: Path) -> None:
    stats = convert.write_docbin(_pieces(), tmp_path / "train.spacy")
    assert stats["docs"] == 4 and not stats.get("unaligned")
    import spacy
    from spacy.tokens import DocBin

    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(spacy.blank("en").vocab))
    assert [e.text for e in docs[0].ents] == ["Python", "Kubernetes"]
    tags = {t.text: t.tag_ for t in docs[1]}
    assert (tags["Apache"], tags["Airflow"], tags["and"]) == ("B-KNOWLEDGE", "I-KNOWLEDGE", "O")


def test_chunks_never_cut_a_span(convert) -> None:
    text = "line one Python\n" * 3 + "Apache\nSpark\n"
    spans = [(9, 15, "KNOWLEDGE"), (48, 60, "KNOWLEDGE")]
    pieces = list(convert.chunks(text, spans, size=10))
    assert "".join(piece for piece, _ in pieces) == text
    assert sum(len(found) for _, found in pieces) == 2


def test_case_augmentation_keeps_offsets(convert) -> None:
    pieces = _pieces() * 10
    augmented = convert.augment(pieces, lower=0.5, upper=0.5, seed=0)
    assert len(augmented) == 80
    for text, spans in augmented:
        assert all(text[s:e].lower() in NAMES for s, e, _ in spans)
    assert augmented == convert.augment(pieces, lower=0.5, upper=0.5, seed=0)


@pytest.mark.skipif(shutil.which("bash") is None, reason="train.sh needs bash")
def test_train_script_runs_and_finalize_makes_a_loadable_model(convert, tmp_path: Path) -> None:
    for part in ("train", "dev"):
        convert.write_docbin(_pieces(), tmp_path / f"{part}.spacy")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    completed = subprocess.run(
        [
            "bash", str(TRAINING / "train.sh"), str(tmp_path / "run"),
            str(tmp_path / "train.spacy"), str(tmp_path / "dev.spacy"),
            "--training.max_steps", "2", "--training.eval_frequency", "1",
        ],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert (tmp_path / "run" / "model-best" / "config.cfg").exists()

    completed = subprocess.run(
        [sys.executable, str(TRAINING / "finalize.py"), str(tmp_path / "run" / "model-best"),
         str(tmp_path / "final")],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr[-2000:]
    import spacy

    final = spacy.load(tmp_path / "final")  # plain spaCy: no training code needed
    assert final.pipe_names == ["tok2vec", "tagger"]
    assert set(final.get_pipe("tagger").labels) == {"B-KNOWLEDGE", "I-KNOWLEDGE", "O"}
