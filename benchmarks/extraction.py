"""Extraction accuracy and speed, as defined in ../shared/BENCHMARKS.md.

    python benchmarks/extraction.py                 # the table (test splits, 5 speed runs)
    python benchmarks/extraction.py --split dev     # develop on train/dev, never on test
    python benchmarks/extraction.py --errors 30     # most frequent misses and false positives
    python benchmarks/extraction.py --no-tagger     # rules only (default: rules + tagger)

D1: SkillSpan job postings (tech and house), D2: dotin resumes; with the test splits also the
green2022 job-description test set (Green et al., LREC 2022), out of domain and never trained
on: precision against its Skill, Domain and Qualification spans, recall of each, F1 of
precision and Skill recall (the D1 way, on its skill-like labels). Speed is reported as documents
per second and as a ratio of bare ``spacy.blank("en")`` tokenization of the same documents, both
in one process on one core: matrix products (the tagger's) are kept to one BLAS thread, as the
``gapcheck`` command keeps them, unless ``OPENBLAS_NUM_THREADS`` says otherwise; the CPU time of
extraction is printed beside its wall time to show it.

Every skill a profile reports is scored: taxonomy skills and other skills (found by the rules'
phrases or, on postings, by the trained tagger). On ``--split dev`` the D2 resumes are the 15% of
dotin's train split held out from the tagger's training (:func:`d2_dev_names`); the other 85%
were trained on and are never scored.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Before numpy is imported (by spaCy): one process, one core, as the floor it is compared with.
for _variable in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
D2_PRECISION_LABELS = frozenset({"Tech Tools", "Job Specific Skills", "Soft Skills"})
# The tagger's D2 dev set: this share of dotin's train files, drawn with this seed (see
# training/MODEL_CARD.md).
D2_DEV_SHARE = 0.15
D2_DEV_SEED = 0


@dataclass
class Gold:
    name: str
    kind: str
    text: str
    spans: dict[str, list[tuple[int, int]]]
    excluded_before: int = 0  # predictions starting before this offset are ignored (D1 title)
    predicted: list[tuple[int, int, str]] = field(default_factory=list)


def load_d1(data: Path, split: str) -> list[Gold]:
    """SkillSpan postings of ``split`` with gold spans as character offsets."""
    docs = []
    path = data / "skillspan" / "derived_postings_with_gold_spans.jsonl"
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        if row["split"] not in split.split("+"):
            continue
        sentences = row["sentences"]
        starts = []
        offset = 0
        for sentence in sentences:
            starts.append(offset)
            offset += len(sentence) + 1
        text = "\n".join(sentences)

        def char_span(span: dict, sentences=sentences, starts=starts) -> tuple[int, int]:
            tokens = sentences[span["sent"]].split(" ")
            start = starts[span["sent"]] + sum(len(t) + 1 for t in tokens[: span["tok_start"]])
            end = start + len(" ".join(tokens[span["tok_start"] : span["tok_end"]]))
            return start, end

        spans = {
            label: [char_span(s) for s in row[key] if s["sent"] != 0]
            for label, key in (("KNOWLEDGE", "knowledge_spans"), ("SKILL", "skill_spans"))
        }
        docs.append(
            Gold(
                name=f"{row['source']}-{row['split']}-{row['idx']}",
                kind="job",
                text=text,
                spans=spans,
                excluded_before=len(sentences[0]) + 1 if sentences else 0,
            )
        )
    return docs


def load_d2(data: Path, split: str) -> list[Gold]:
    """dotin resumes of ``split`` with their gold spans."""
    docs = []
    path = data / "dotin_resume_ner" / "derived_resumes_with_gold_spans.jsonl"
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        if row["split"] not in split.split("+"):
            continue
        spans: dict[str, list[tuple[int, int]]] = {}
        for span in row["spans"]:
            spans.setdefault(span["label"], []).append((span["start"], span["end"]))
        docs.append(Gold(name=row["file"], kind="resume", text=row["text"], spans=spans))
    return docs


GREEN_LABELS = ("Skill", "Domain", "Qualification")
GREEN_SENTENCES_PER_DOCUMENT = 20


def load_green(data: Path) -> list[Gold]:
    """The green2022 job-description test set (never trained on): its sentences, in file order,
    cut into documents of :data:`GREEN_SENTENCES_PER_DOCUMENT` sentences (the file keeps no
    posting boundaries), each sentence's tokens joined by single spaces and the sentences by
    ``"\n"``, as D1's; BIO tags become character spans per label."""
    path = data / "green2022_jd_entities" / "raw_data" / "testset.txt"
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in path.open(encoding="utf-8"):
        parts = line.split()
        if not parts:
            if sentences[-1]:
                sentences.append([])
            continue
        sentences[-1].append((parts[0], parts[-1]))
    sentences = [s for s in sentences if s]
    docs = []
    for first in range(0, len(sentences), GREEN_SENTENCES_PER_DOCUMENT):
        text_parts: list[str] = []
        spans: dict[str, list[tuple[int, int]]] = {}
        offset = 0
        for sentence in sentences[first : first + GREEN_SENTENCES_PER_DOCUMENT]:
            open_label, open_start, end = None, 0, 0
            for position, (token, tag) in enumerate(sentence):
                start = offset + sum(len(t) + 1 for t, _ in sentence[:position])
                inside = tag[2:] if tag[:2] in ("B-", "I-") else None
                if open_label is not None and (tag.startswith("B-") or inside != open_label):
                    spans.setdefault(open_label, []).append((open_start, end))
                    open_label = None
                if inside is not None and open_label is None:
                    open_label, open_start = inside, start
                end = start + len(token)
            if open_label is not None:
                spans.setdefault(open_label, []).append((open_start, end))
            sentence_text = " ".join(token for token, _ in sentence)
            text_parts.append(sentence_text)
            offset += len(sentence_text) + 1
        name = f"green-{first // GREEN_SENTENCES_PER_DOCUMENT}"
        docs.append(Gold(name=name, kind="job", text="\n".join(text_parts), spans=spans))
    return docs


def d2_dev_names(train: Sequence[Gold]) -> set[str]:
    """The dotin train resumes held out as the tagger's dev set (never trained on)."""
    names = sorted(doc.name for doc in train)
    return set(random.Random(D2_DEV_SEED).sample(names, round(len(names) * D2_DEV_SHARE)))


def _overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def score(docs: Sequence[Gold], precision_labels: Iterable[str], recall_labels: Sequence[str]):
    """Mention precision and per-label recall over ``docs`` (BENCHMARKS.md definitions)."""
    precision_labels = list(precision_labels)
    good = total = 0
    hit = Counter()
    all_gold = Counter()
    for doc in docs:
        gold_any = [s for label in precision_labels for s in doc.spans.get(label, [])]
        predicted = [(s, e) for s, e, _ in doc.predicted if s >= doc.excluded_before]
        total += len(predicted)
        good += sum(_overlaps(p, gold_any) for p in predicted)
        for label in recall_labels:
            gold = doc.spans.get(label, [])
            all_gold[label] += len(gold)
            hit[label] += sum(_overlaps(g, predicted) for g in gold)
    precision = good / total if total else 0.0
    recalls = {label: hit[label] / all_gold[label] if all_gold[label] else 0.0
               for label in recall_labels}
    return precision, recalls, total


def predict(docs: Sequence[Gold], extractor) -> None:
    from gapcheck.documents import Document

    for kind in ("job", "resume"):
        batch = [d for d in docs if d.kind == kind]
        texts = [Document.from_text(d.text, source=d.name) for d in batch]
        for doc, profile in zip(batch, extractor.pipe(texts, kind=kind), strict=True):
            doc.predicted = sorted(
                (m.start, m.end, s.id)
                for s in (*profile.skills, *profile.other_skills)
                for m in s.mentions
            )


def timed(function, runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of ``runs`` calls of ``function``."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), statistics.median(cpu)


def errors(docs: Sequence[Gold], labels: Sequence[str], limit: int) -> None:
    """Print the most frequent false positives and missed gold spans (for train/dev work)."""
    false_positive = Counter()
    missed = Counter()
    for doc in docs:
        gold_any = [s for label in labels for s in doc.spans.get(label, [])]
        predicted = [(s, e) for s, e, _ in doc.predicted if s >= doc.excluded_before]
        for (s, e, skill_id) in doc.predicted:
            if s >= doc.excluded_before and not _overlaps((s, e), gold_any):
                false_positive[f"{doc.text[s:e].lower()!r} -> {skill_id}"] += 1
        for label in labels[:1]:
            for g in doc.spans.get(label, []):
                if not _overlaps(g, predicted):
                    missed[doc.text[g[0] : g[1]].lower()] += 1
    print(f"  false positives (top {limit}):", false_positive.most_common(limit))
    print(f"  missed {labels[0]} (top {limit}):", missed.most_common(limit))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="../shared/data")
    parser.add_argument("--split", default="test", help="test (default), dev, train, train+dev")
    parser.add_argument("--runs", type=int, default=5, help="speed runs (median reported)")
    parser.add_argument("--errors", type=int, default=0, help="show top N errors per set")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed figures")
    parser.add_argument("--no-tagger", action="store_true", help="rules only, no trained tagger")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"data folder not found: {args.data}", file=sys.stderr)
        return 1

    import spacy

    from gapcheck.extraction import SkillExtractor

    d1 = load_d1(args.data, args.split)
    d2_split = "train" if args.split in ("dev", "train+dev") else args.split
    d2 = load_d2(args.data, d2_split)
    if args.split == "dev":
        held_out = d2_dev_names(d2)
        d2 = [doc for doc in d2 if doc.name in held_out]
        d2_split = "train, 15% held out"
    # green2022 is a test set only: reported, out of domain, with the test splits.
    green = load_green(args.data) if args.split == "test" else []
    extractor = SkillExtractor(tagger=not args.no_tagger)
    predict(d1 + d2 + green, extractor)

    rows = []
    for source in ("tech", "house"):
        docs = [d for d in d1 if d.name.startswith(source)]
        precision, recalls, total = score(docs, ["SKILL", "KNOWLEDGE"], ["KNOWLEDGE", "SKILL"])
        rows.append(
            (f"D1 SkillSpan {source} ({len(docs)} postings)", precision, recalls["KNOWLEDGE"],
             f"skill recall {recalls['SKILL']:.3f}", _f1(precision, recalls["KNOWLEDGE"]), total)
        )
        if args.errors:
            print(f"D1 {source}:")
            errors(docs, ["KNOWLEDGE", "SKILL"], args.errors)
    labels = ["Tech Tools", "Soft Skills", "Job Specific Skills"]
    precision, recalls, total = score(d2, D2_PRECISION_LABELS, labels)
    rows.append(
        (f"D2 dotin resumes ({len(d2)} resumes, {d2_split})", precision, recalls["Tech Tools"],
         f"soft recall {recalls['Soft Skills']:.3f}, job-skill recall "
         f"{recalls['Job Specific Skills']:.3f}", _f1(precision, recalls["Tech Tools"]), total)
    )
    if args.errors:
        print("D2:")
        errors(d2, ["Tech Tools", "Soft Skills", "Job Specific Skills"], args.errors)
    if green:
        precision, recalls, total = score(green, GREEN_LABELS, GREEN_LABELS)
        rows.append(
            (f"green2022 out of domain ({len(green)} x {GREEN_SENTENCES_PER_DOCUMENT} sentences)",
             precision, recalls["Skill"],
             f"domain recall {recalls['Domain']:.3f}, qualification recall "
             f"{recalls['Qualification']:.3f}", _f1(precision, recalls["Skill"]), total)
        )  # fmt: skip

    system = "rules only" if args.no_tagger else "rules + tagger"
    print(
        f"\nExtraction accuracy ({system}; split: {args.split}; "
        "recall column: D1 knowledge, D2 tech, green2022 skill)"
    )
    print(f"{'set':44} {'precision':>9} {'recall':>7} {'F1':>6} {'mentions':>8}  other")
    for name, precision, recall, other, f1, total in rows:
        print(f"{name:44} {precision:9.3f} {recall:7.3f} {f1:6.3f} {total:8d}  {other}")

    if not args.no_speed:
        from gapcheck.documents import Document

        texts = [d.text for d in d1 + d2]
        documents = [Document.from_text(t, source="bench") for t in texts]
        jobs = documents[: len(d1)]
        resumes = documents[len(d1) :]
        blank = spacy.blank("en")

        def tokenize() -> None:
            for _ in blank.pipe(texts, batch_size=64):
                pass

        def run_extraction() -> None:
            for _ in extractor.pipe(jobs, kind="job", batch_size=64):
                pass
            for _ in extractor.pipe(resumes, kind="resume", batch_size=64):
                pass

        tokenize()
        run_extraction()
        floor, _ = timed(tokenize, args.runs)
        full, full_cpu = timed(run_extraction, args.runs)
        n = len(texts)
        print(f"\nSpeed ({n} documents, median of {args.runs} runs, one process)")
        print(f"  spacy.blank('en') tokenization: {n / floor:8.1f} docs/s")
        print(f"  gapcheck extraction:            {n / full:8.1f} docs/s")
        print(f"  ratio to the tokenization floor: {floor / full:.1%}")
        threads = os.environ.get("OPENBLAS_NUM_THREADS")
        print(f"  extraction: {full:.2f} s wall, {full_cpu:.2f} s CPU (BLAS threads: {threads})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
