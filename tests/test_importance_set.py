"""The hand-labelled importance set is well formed and benchmarks/importance.py runs on it.

Not a test of the extractor's accuracy: the benchmark reports that, it never fails on it.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from gapcheck.documents import read_document

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "benchmarks" / "importance_set"
SCRIPT = ROOT / "benchmarks" / "importance.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("importance_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


bench = _load_script()
POSTINGS = sorted(SET.glob("*.txt"))


def _labels(posting: Path) -> dict:
    return json.loads(posting.with_suffix(".json").read_text(encoding="utf-8"))


def test_set_size_and_pairing() -> None:
    assert len(POSTINGS) >= 12
    assert (SET / "README.md").is_file()
    stems = {p.stem for p in POSTINGS}
    assert {p.stem for p in SET.glob("*.json")} == stems
    assert len(bench.load_set(SET)) == len(POSTINGS)


@pytest.mark.parametrize("posting", POSTINGS, ids=lambda p: p.stem)
def test_posting_is_well_formed(posting: Path) -> None:
    entry = _labels(posting)
    text = read_document(posting).text
    assert entry["posting"] == posting.name
    assert 150 <= len(text.split()) <= 600

    requirements = entry["requirements"]
    assert requirements
    texts = [item["text"].lower() for item in requirements]
    assert len(texts) == len(set(texts)), "one label per skill"
    groups: dict[int, set[str]] = {}
    for item in requirements:
        assert set(item) <= {"text", "importance", "group", "notes"}, item
        assert item["importance"] in ("required", "preferred"), item
        assert bench.occurrences(text, item["text"]), f"{item['text']!r} not in the posting"
        if "group" in item:
            assert isinstance(item["group"], int)
            groups.setdefault(item["group"], set()).add(item["importance"])
    for group, importances in groups.items():
        members = [i for i in requirements if i.get("group") == group]
        assert len(members) >= 2, f"group {group} has one member"
        assert len(importances) == 1, f"group {group} mixes importances"

    for surface in entry["not_requirements"]:
        assert isinstance(surface, str)
        assert bench.occurrences(text, surface), f"{surface!r} not in the posting"
        assert surface.lower() not in texts, f"{surface!r} is also a requirement"


def test_occurrences_are_case_insensitive_and_whole_words() -> None:
    text = "Go and golang; we go to GO.\nC++ and C#, node.js, A/B  testing"
    assert bench.occurrences(text, "Go") == [(0, 2), (18, 20), (24, 26)]
    assert bench.occurrences(text, "C++") == [(28, 31)]
    assert bench.occurrences(text, "C#") == [(36, 38)]
    assert bench.occurrences(text, "A/B testing") == [(49, 61)]


def test_script_runs_on_a_small_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for posting in POSTINGS[:2]:
        shutil.copy(posting, tmp_path / posting.name)
        shutil.copy(posting.with_suffix(".json"), tmp_path / posting.with_suffix(".json").name)

    assert bench.main(["--set", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "importance accuracy:" in out
    assert POSTINGS[0].stem in out and "overall" in out

    assert bench.main(["--set", str(tmp_path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert len(payload["postings"]) == 2
    overall = payload["overall"]
    assert overall["labels"] == sum(len(_labels(p)["requirements"]) for p in POSTINGS[:2])
    assert 0 <= overall["found"] <= overall["labels"]
    assert 0 <= overall["importance_correct"] <= overall["found"]
