"""Ranking speed and memory, and ranking quality, as defined in ../shared/BENCHMARKS.md.

    python benchmarks/ranking.py                      # 1,000 and 10,000 resumes, 3 runs each
    python benchmarks/ranking.py --sizes 1000 --runs 5
    python benchmarks/ranking.py --no-speed           # ranking quality only

Speed: ``gapcheck rank JOB FOLDER --csv --quiet`` as a whole process (default ``--jobs``, and
``--jobs 1``), one job (``--job``, default examples/job_data_engineer.txt) against a folder of
N text resumes: the 360 dotin resume texts (all splits, texts as given) repeated under numbered
names (``--docx`` adds the 65 vanetik DOCX resumes, linked, never copied). Next to it, the
floor: one process that only reads the same files and tokenizes them with spacy.blank("en").
Each run is a fresh process; runs are interleaved (floor, gapcheck, gapcheck --jobs 1, ...) and
medians reported, with wall time, CPU time (the process and its workers) and peak memory
(``ru_maxrss`` of the run's processes: the largest one). The load average is printed: on a busy
machine the CPU time is the steadier figure, and worker processes help only with idle cores.

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
import subprocess
import sys
from collections.abc import Sequence
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


# A run is measured from a small parent process of its own, so that the resource usage of its
# children (the run and its worker processes) is that run's alone.
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
completed = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": completed.returncode, "wall": wall,
                  "cpu": usage.ru_utime + usage.ru_stime, "rss_kb": usage.ru_maxrss}))
"""

# The floor: read every file of the folder and tokenize it, in one process.
_FLOOR = """
import sys
from pathlib import Path
import spacy
from gapcheck.documents import read_document
files = sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_file())
texts = (p.read_text(encoding="utf-8") if p.suffix == ".txt" else read_document(p).text
         for p in files)
nlp = spacy.blank("en")
for _ in nlp.pipe(texts, batch_size=64):
    pass
"""


def measure(command: Sequence[str]) -> dict[str, float] | None:
    """Wall and CPU seconds and peak memory (kB) of ``command`` as a whole process; None (and a
    line on stderr) if it failed."""
    completed = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
    )
    result = json.loads(completed.stdout)
    if result["code"] != 0:
        print(f"{' '.join(command)} failed with exit code {result['code']}", file=sys.stderr)
        return None
    return result


def write_corpus(folder: Path, data: Path, size: int, docx: bool) -> None:
    """``size`` resumes in ``folder``: the dotin texts (and vanetik DOCX links) repeated."""
    sources: list[tuple[str, str | Path]] = [
        (f"{name}.txt", text) for name, text in load_dotin(data)
    ]
    if docx:
        sources += [(path.name, path) for path in vanetik_cvs(data)]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(size):
        name, source = sources[n % len(sources)]
        target = folder / f"{n:05d}_{Path(name).stem}{Path(name).suffix}"
        if isinstance(source, Path):
            target.symlink_to(source)
        else:
            target.write_text(source, encoding="utf-8")


RUNS = {
    "floor": "read + tokenize (floor)",
    "default": "gapcheck rank, default --jobs",
    "one": "gapcheck rank --jobs 1",
}


def speed_rows(
    data: Path, job: Path, sizes: Sequence[int], runs: int, docx: bool, which: Sequence[str]
) -> list[tuple[str, str, str, str]]:
    import tempfile

    gapcheck = [sys.executable, "-m", "gapcheck", "rank"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="gapcheck-ranking-") as scratch:
        for size in sizes:
            folder = Path(scratch) / str(size)
            write_corpus(folder, data, size, docx)
            commands = {
                "floor": [sys.executable, "-c", _FLOOR, str(folder)],
                "default": [*gapcheck, str(job), str(folder), "--csv", "--quiet"],
                "one": [*gapcheck, str(job), str(folder), "--csv", "--quiet", "--jobs", "1"],
            }
            measured: dict[str, list[dict[str, float]]] = {name: [] for name in which}
            for _ in range(runs):
                for name in which:
                    result = measure(commands[name])
                    if result is not None:
                        measured[name].append(result)
            floor = (
                statistics.median(m["wall"] for m in measured["floor"])
                if measured.get("floor")
                else None
            )
            for name in which:
                label = RUNS[name]
                if not measured[name]:
                    rows.append((f"{label}, {size:,} resumes", "-", "-", "failed"))
                    continue
                wall = statistics.median(m["wall"] for m in measured[name])
                cpu = statistics.median(m["cpu"] for m in measured[name])
                rss = statistics.median(m["rss_kb"] for m in measured[name]) / 1024
                ratio = "" if name == "floor" or not floor else f", {wall / floor:.2f}x the floor"
                rows.append(
                    (
                        f"{label}, {size:,} resumes",
                        f"{size / wall:.0f}/s",
                        f"{wall:.2f} s",
                        f"{cpu:.2f} s CPU, peak {rss:.0f} MB{ratio}",
                    )
                )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="../shared/data")
    parser.add_argument("--job", type=Path, default=DEFAULT_JOB, help="the job for speed runs")
    parser.add_argument("--runs", type=int, default=3, help="speed runs (median reported)")
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1000, 10000], help="numbers of resumes"
    )
    parser.add_argument("--docx", action="store_true", help="add the vanetik DOCX resumes")
    parser.add_argument(
        "--only", nargs="+", choices=sorted(RUNS), default=list(RUNS), help="runs to make"
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed figures")
    parser.add_argument("--no-quality", action="store_true", help="skip ranking quality")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"data folder not found: {args.data}", file=sys.stderr)
        return 1

    rows = []
    if not args.no_speed:
        load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
        print(
            f"Ranking speed (job: {args.job.name}; median of {args.runs} runs; "
            f"{os.cpu_count()} CPUs, load average {load})"
        )
        rows += speed_rows(args.data, args.job, args.sizes, args.runs, args.docx, args.only)
    if not args.no_quality:
        rows += quality_rows(args.data)
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for name, count, value, note in rows:
        print(f"{name:{widths[0]}}  {count:>{widths[1]}}  {value:>{widths[2]}}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
