"""Ranking speed and ranking quality, as defined in ../shared/BENCHMARKS.md.

    python benchmarks/ranking.py              # the table (5 speed runs, median)
    python benchmarks/ranking.py --runs 3     # fewer speed runs
    python benchmarks/ranking.py --no-speed   # ranking quality only

Speed: one job (``--job``, default examples/job_data_engineer.txt) against the 360 dotin resume
texts (all splits, texts as given) and the 65 vanetik DOCX resumes (read from the files), with one
and two processes, in documents per second. Each run times spacy.blank("en") tokenization of the
same texts next to the ranking (runs interleaved, medians compared), so the ratio survives a busy
machine; a warm-up run of each comes first.

Quality: for each of the first 30 vanetik CVs, gapcheck ranks the 5 vacancies by score
(``rank_jobs``); the mean Spearman correlation with each annotator's ranking is shown next to the
annotators' agreement with each other. The annotation arrays list the vacancies from best (first
place in the array) to worst; rows that repeat a vacancy are skipped. The vanetik data is GPL-3.0:
it is read from ../shared/data and never copied.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_JOB = REPO / "examples" / "job_data_engineer.txt"
VANETIK = "vanetik_vacancy_resume_matching"
VACANCIES = "job_postings/vanetik_5_vacancies"


def load_dotin(data: Path) -> list[tuple[str, str]]:
    """(file, text) of every dotin resume, all splits."""
    path = data / "dotin_resume_ner" / "derived_resumes_with_gold_spans.jsonl"
    with path.open(encoding="utf-8") as lines:
        return [(row["file"], row["text"]) for row in map(json.loads, lines)]


def vanetik_cvs(data: Path) -> list[Path]:
    """CV/1.docx ... CV/65.docx in number order."""
    return sorted((data / VANETIK / "CV").glob("*.docx"), key=lambda p: int(p.stem))


def vacancies(data: Path) -> list[Path]:
    """vacancy1_id8.txt ... vacancy5_id499.txt: vacancy numbers 1-5 of the annotations."""
    found = (data / VACANCIES).glob("vacancy*_id*.txt")
    return sorted(found, key=lambda p: int(re.match(r"vacancy(\d+)_", p.name)[1]))


def annotations(data: Path) -> dict[int, dict[int, list[int]]]:
    """annotator -> CV number -> vacancy orderings (best first), as written in the file."""
    text = (data / VANETIK / "annotations-for-the-first-30-vacancies.txt").read_text()
    found: dict[int, dict[int, list[int]]] = {}
    for annotator, body in re.findall(r"ANNOTATOR_(\d)_RANKINGS\s*=\s*(\[.*?\]\])", text, re.S):
        rows = ast.literal_eval(re.sub(r"#[^\n]*", "", body))
        found[int(annotator)] = {cv: row for cv, row in enumerate(rows, 1)}
    return found


def ranks_from_order(order: Sequence[int]) -> list[float] | None:
    """Rank of vacancies 1..n from an ordering (best first); None if it is not a permutation."""
    if sorted(order) != list(range(1, len(order) + 1)):
        return None
    ranks = [0.0] * len(order)
    for place, vacancy in enumerate(order, 1):
        ranks[vacancy - 1] = float(place)
    return ranks


def ranks_from_scores(scores: Sequence[float]) -> list[float]:
    """Rank 1 for the highest score; tied scores share their average rank."""
    ordered = sorted(range(len(scores)), key=lambda i: -scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and scores[ordered[j + 1]] == scores[ordered[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[ordered[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(a: Sequence[float], b: Sequence[float]) -> float | None:
    """Spearman's rho of two rank vectors (Pearson on ranks); None if one is constant."""
    mean_a, mean_b = statistics.fmean(a), statistics.fmean(b)
    da = [x - mean_a for x in a]
    db = [y - mean_b for y in b]
    norm = (sum(x * x for x in da) * sum(y * y for y in db)) ** 0.5
    return None if norm == 0 else sum(x * y for x, y in zip(da, db, strict=True)) / norm


def mean_rho(pairs: Sequence[tuple[Sequence[float], Sequence[float]]]) -> tuple[float, int, int]:
    """Mean rho over the pairs where it is defined, that count, and the undefined count."""
    values = [spearman(a, b) for a, b in pairs]
    defined = [v for v in values if v is not None]
    return statistics.fmean(defined), len(defined), len(values) - len(defined)


def quality_rows(data: Path) -> list[tuple[str, str, str, str]]:
    from gapcheck.rank import rank_jobs

    jobs = vacancies(data)
    cvs = {int(p.stem): p for p in vanetik_cvs(data)}
    human = {
        annotator: {cv: ranks_from_order(order) for cv, order in rows.items()}
        for annotator, rows in annotations(data).items()
    }
    ours: dict[int, list[float]] = {}
    for cv in sorted({cv for rows in human.values() for cv in rows}):
        results = rank_jobs(cvs[cv], jobs)
        by_source = {r.source: r.score for r in results}
        if any(by_source[str(job)] is None for job in jobs):
            raise SystemExit(f"a vacancy could not be read: {results}")
        ours[cv] = ranks_from_scores([by_source[str(job)] for job in jobs])

    rows = []
    for annotator in sorted(human):
        valid = {cv: r for cv, r in human[annotator].items() if r is not None}
        rho, n, undefined = mean_rho([(ours[cv], valid[cv]) for cv in sorted(valid)])
        skipped = len(human[annotator]) - len(valid)
        rows.append(
            (
                f"gapcheck vs annotator {annotator}",
                f"{n} CVs",
                f"{rho:+.3f}",
                f"mean Spearman; {skipped} row(s) with repeated ranks skipped"
                + (f", {undefined} with all scores tied" if undefined else ""),
            )
        )
    first, second = (human[a] for a in sorted(human)[:2])
    both = [cv for cv in sorted(second) if first.get(cv) is not None and second[cv] is not None]
    rho, n, _ = mean_rho([(first[cv], second[cv]) for cv in both])
    rows.append(("annotator 1 vs annotator 2", f"{n} CVs", f"{rho:+.3f}", "mean Spearman"))
    return rows


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the worker processes)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def timed_runs(
    functions: dict[str, Callable[[], object]], runs: int
) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each function; a warm-up call each, then runs interleaved.

    The CPU time shows what the wall time hides on a busy machine: two processes that share one
    free core take as long as one, but use no more CPU.
    """
    for function in functions.values():
        function()
    wall: dict[str, list[float]] = {name: [] for name in functions}
    cpu: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(runs):
        for name, function in functions.items():
            start, start_cpu = time.perf_counter(), _cpu_seconds()
            function()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(_cpu_seconds() - start_cpu)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in wall}


def speed_rows(data: Path, job: Path, runs: int) -> list[tuple[str, str, str, str]]:
    import spacy

    from gapcheck.documents import Document, read_document
    from gapcheck.rank import rank

    dotin = [Document.from_text(text, source=name) for name, text in load_dotin(data)]
    docx = vanetik_cvs(data)
    docx_texts = [read_document(path).text for path in docx]
    blank = spacy.blank("en")
    results: dict[str, list] = {}

    def tokenize(texts: list[str]) -> Callable[[], None]:
        def run() -> None:
            for _ in blank.pipe(texts):
                pass

        return run

    def ranking(name: str, documents: Sequence[Document | Path], jobs: int) -> Callable[[], None]:
        def run() -> None:
            results[name] = rank(job, documents, jobs=jobs)

        return run

    rows = []
    for label, documents, texts, note in (
        ("dotin resume texts", dotin, [d.text for d in dotin], ""),
        ("vanetik DOCX resumes", docx, docx_texts, "; includes reading the DOCX files"),
    ):
        medians = timed_runs(
            {
                "floor": tokenize(texts),
                "one": ranking(f"{label} 1", documents, 1),
                "two": ranking(f"{label} 2", documents, 2),
            },
            runs,
        )
        same = results[f"{label} 1"] == results[f"{label} 2"]
        n = len(documents)
        floor = medians["floor"][0]
        rows.append(
            (f"tokenization floor, {label}", f"{n}", f"{n / floor:.1f}/s", f"{floor:.2f} s")
        )
        for processes, key in ((1, "one"), (2, "two")):
            seconds, cpu = medians[key]
            rows.append(
                (
                    f"rank, {label}, {processes} process{'es' if processes > 1 else ''}",
                    f"{n}",
                    f"{n / seconds:.1f}/s",
                    f"{seconds:.2f} s ({cpu:.2f} s CPU), {seconds / floor:.2f}x the floor{note}"
                    + ("" if processes == 1 else f"; same results as 1 process: {same}"),
                )
            )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="../shared/data")
    parser.add_argument("--job", type=Path, default=DEFAULT_JOB, help="the job for speed runs")
    parser.add_argument("--runs", type=int, default=5, help="speed runs (median reported)")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed figures")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"data folder not found: {args.data}", file=sys.stderr)
        return 1

    rows = [] if args.no_speed else speed_rows(args.data, args.job, args.runs)
    rows += quality_rows(args.data)
    if not args.no_speed:
        print(f"Ranking speed (job: {args.job.name}; median of {args.runs} runs) and quality")
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for name, count, value, note in rows:
        print(f"{name:{widths[0]}}  {count:>{widths[1]}}  {value:>{widths[2]}}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
