"""Build the skill tagger's train and dev DocBins from the train splits of ../shared/data.

    python training/convert.py                      # -> corpus/train.spacy, corpus/dev.spacy
    python training/convert.py --data ../shared/data --out corpus

Sources (train splits only; the test splits are never read: the loaders filter by split first):

- D1 SkillSpan postings: ``split == "train"`` is trained on, the dataset's ``dev`` split is dev.
  KNOWLEDGE -> KNOWLEDGE, SKILL -> SKILL; sentence 0 (the title) is left out.
- D2 dotin resumes: 85% of ``split == "train"``; the other 15% (drawn with
  ``random.Random(0)``, :func:`d2_dev_names` of ``benchmarks/extraction.py``) is dev.
  "Tech Tools" -> KNOWLEDGE; "Job Specific Skills", "Soft Skills" -> SKILL; the other labels
  (Designation, Companies...) stay unlabelled, so "Java Developer" as a title is no skill.
  A training resume with no skill span is dropped, and its text after the line of its last
  skill span is cut (where the annotators stopped).

Texts and gold spans come from the benchmark's own loaders. Overlapping gold spans are
resolved KNOWLEDGE first, then longer first. Documents are tokenized with gapcheck's tokenizer,
cut into runs of whole lines of about ``--chunk-chars`` characters (never inside a span), and a
share of the training chunks is added again lower-cased (``--lower``) and upper-cased
(``--upper``). Each DocBin holds the spans as entities and as BIO tags ("B-SKILL", "O").
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
LABELS = {
    "KNOWLEDGE": "KNOWLEDGE",
    "SKILL": "SKILL",
    "Tech Tools": "KNOWLEDGE",
    "Job Specific Skills": "SKILL",
    "Soft Skills": "SKILL",
}
PRIORITY = {"KNOWLEDGE": 0, "Tech Tools": 0}
D2_SKILL_LABELS = ("Tech Tools", "Job Specific Skills", "Soft Skills")

Piece = tuple[str, list[tuple[int, int, str]]]


def benchmark() -> ModuleType:
    """``benchmarks/extraction.py`` of this repository: the loaders the figures are made with."""
    name = "gapcheck_benchmark_extraction"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / "extraction.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def gold_char_spans(doc: Any) -> list[tuple[int, int, str]]:
    """Non-overlapping ``(start, end, label)`` of a benchmark document, labels mapped."""
    found = set()
    for source_label, spans in doc.spans.items():
        if source_label not in LABELS:
            continue
        for start, end in spans:
            while start < end and doc.text[start].isspace():
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            if end > start:
                found.add((start, end, source_label))
    ordered = sorted(found, key=lambda s: (PRIORITY.get(s[2], 1), -(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int]] = []
    kept = []
    for start, end, label in ordered:
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            kept.append((start, end, LABELS[label]))
    return sorted(kept)


def clean_resume(doc: Any) -> str | None:
    """The text up to the line of the last skill span; None when there is no skill span."""
    ends = [end for label in D2_SKILL_LABELS for _, end in doc.spans.get(label, [])]
    if not ends:
        return None
    newline = doc.text.find("\n", max(ends))
    return doc.text if newline < 0 else doc.text[: newline + 1]


def chunks(text: str, spans: Sequence[tuple[int, int, str]], size: int) -> Iterator[Piece]:
    """``(text, spans)`` of runs of whole lines of about ``size`` characters."""
    cuts = []
    start = position = 0
    while (newline := text.find("\n", position)) >= 0:
        cut = position = newline + 1
        if cut - start >= size and not any(s < cut < e for s, e, _ in spans):
            cuts.append(cut)
            start = cut
    bounds = [0, *cuts, len(text)]
    for a, b in itertools.pairwise(bounds):
        if text[a:b].strip():
            yield text[a:b], [(s - a, e - a, lab) for s, e, lab in spans if a <= s and e <= b]


def recase(text: str, how: str) -> str:
    """Lower- or upper-cased text of the same length, so character spans stay valid."""
    change = str.lower if how == "lower" else str.upper
    return "".join(c2 if len(c2 := change(c)) == 1 else c for c in text)


def make_docs(pieces: Iterable[Piece], stats: Counter[str]) -> Iterator[Any]:
    """spaCy Docs of ``pieces``, tokenized by gapcheck, with entities and BIO tags set."""
    from spacy.util import filter_spans

    from gapcheck.pipeline import build_nlp

    nlp = build_nlp(tagger=False)
    for text, spans in pieces:
        doc = nlp.make_doc(text)
        ents = []
        for start, end, label in spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or not span.text.strip():
                stats["unaligned"] += 1
            else:
                ents.append(span)
        kept = filter_spans(ents)
        stats["lost_to_overlap"] += len(ents) - len(kept)
        doc.ents = kept
        for token in doc:
            token.tag_ = "O"
        for ent in kept:
            doc[ent.start].tag_ = f"B-{ent.label_}"
            for token in doc[ent.start + 1 : ent.end]:
                token.tag_ = f"I-{ent.label_}"
        stats["docs"] += 1
        stats["tokens"] += len(doc)
        yield doc


def write_docbin(pieces: Iterable[Piece], path: Path) -> dict[str, int]:
    """Write ``pieces`` to the DocBin ``path``; returns counts."""
    from spacy.tokens import DocBin

    stats: Counter[str] = Counter()
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "TAG"], store_user_data=False)
    for doc in make_docs(pieces, stats):
        docbin.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return dict(stats)


def pieces_of(data: Path, part: str, chunk_chars: int) -> tuple[list[Piece], Counter[str]]:
    """The chunks of the ``part`` ("train" or "dev") documents of D1 and D2."""
    bench = benchmark()
    notes: Counter[str] = Counter()
    pieces: list[Piece] = []
    for doc in bench.load_d1(data, part):
        offset = doc.excluded_before
        spans = [(s - offset, e - offset, lab) for s, e, lab in gold_char_spans(doc) if s >= offset]
        pieces.extend(chunks(doc.text[offset:], spans, chunk_chars))
    resumes = bench.load_d2(data, "train")
    held_out = bench.d2_dev_names(resumes)
    for doc in resumes:
        if (doc.name in held_out) != (part == "dev"):
            continue
        spans = gold_char_spans(doc)
        text = doc.text
        if part == "train":
            cleaned = clean_resume(doc)
            if cleaned is None:
                notes["resumes_without_skill_spans"] += 1
                continue
            notes["chars_cut"] += len(text) - len(cleaned)
            text = cleaned
            spans = [(s, e, lab) for s, e, lab in spans if e <= len(text)]
        pieces.extend(chunks(text, spans, chunk_chars))
    return pieces, notes


def augment(pieces: list[Piece], lower: float, upper: float, seed: int) -> list[Piece]:
    """``pieces`` with a share added again lower- and upper-cased, shuffled (seeded)."""
    rng = random.Random(seed)
    extra = []
    for text, spans in pieces:
        draw = rng.random()
        if draw < lower:
            extra.append((recase(text, "lower"), spans))
        elif draw < lower + upper:
            extra.append((recase(text, "upper"), spans))
    out = pieces + extra
    rng.shuffle(out)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=Path("corpus"))
    parser.add_argument("--chunk-chars", type=int, default=800)
    parser.add_argument("--lower", type=float, default=0.2, help="share of chunks lower-cased")
    parser.add_argument("--upper", type=float, default=0.1, help="share of chunks upper-cased")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    report = {}
    for part in ("train", "dev"):
        pieces, notes = pieces_of(args.data, part, args.chunk_chars)
        if part == "train":
            pieces = augment(pieces, args.lower, args.upper, args.seed)
        report[part] = {**write_docbin(pieces, args.out / f"{part}.spacy"), **notes}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
