"""Throughput of gapcheck.spark.extract_profiles against the single-process batch path.

    python benchmarks/spark.py                     # local[2]; the dotin resumes x1, x4, x16
    python benchmarks/spark.py --scales 1,2 --master "local[2]"

Documents are the 360 dotin resumes (../shared/data/dotin_resume_ner), repeated to grow the
input. For each size it times SkillExtractor.pipe in this process, and extract_profiles on
Spark (written to the "noop" sink, so every profile is made and none is collected). Spark runs
after a warm-up job that starts the Python workers and builds their pipelines, so the figures
are steady-state; the warm-up time is reported on its own.

Reported per size: documents per second (wall clock), CPU milliseconds per document (this
process for the single-process path; the Spark JVM and its Python workers for Spark, read from
/proc on Linux), and the cost of each added document (wall seconds between two sizes over the
documents added). CPU time does not depend on what else the machine runs; wall time does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DOTIN = Path("dotin_resume_ner") / "derived_resumes_with_gold_spans.jsonl"


def load_texts(data: Path) -> list[str]:
    with (data / DOTIN).open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


def tree_cpu_seconds(root: int | None) -> float | None:
    """CPU seconds used by process ``root`` and its descendants, living or reaped (Linux)."""
    if root is None or not Path("/proc/self/stat").exists():
        return None
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rfind(")") + 2 :].split()
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        # utime, stime, and the same for children that exited and were waited for
        ticks[pid] = sum(int(value) for value in fields[11:15])
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(ticks.get(pid, 0) for pid in tree) / os.sysconf("SC_CLK_TCK")


def single_process(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of SkillExtractor.pipe over ``texts``."""
    from gapcheck.documents import Document
    from gapcheck.extraction import SkillExtractor
    from gapcheck.pipeline import build_nlp

    extractor = SkillExtractor()
    build_nlp(extractor.taxonomy)  # built before timing, as Spark's warm-up does on its workers
    documents = [Document.from_text(text, source=str(n)) for n, text in enumerate(texts)]
    start, cpu = time.perf_counter(), time.process_time()
    for _ in extractor.pipe(documents, kind="resume"):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def spark_run(spark: SparkSession, texts: list[str], partitions: int) -> tuple[float, float | None]:
    """Wall and CPU seconds (JVM and Python workers) of extract_profiles over ``texts``."""
    from gapcheck.spark import extract_profiles

    process = getattr(spark.sparkContext._gateway, "proc", None)
    jvm = process.pid if process is not None else None
    df = spark.createDataFrame(list(enumerate(texts)), "id long, text string")
    df = df.repartition(partitions).cache()
    df.count()  # the input is in Spark's memory before timing
    start, cpu = time.perf_counter(), tree_cpu_seconds(jvm)
    extract_profiles(df, "text", "resume").write.format("noop").mode("overwrite").save()
    elapsed, cpu_after = time.perf_counter() - start, tree_cpu_seconds(jvm)
    df.unpersist()
    return elapsed, (cpu_after - cpu) if cpu is not None and cpu_after is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--scales", default="1,4,16", help="repetitions of the dotin set")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument(
        "--partitions", type=int, default=8, help="partitions of the input DataFrame"
    )
    args = parser.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    if not (args.data / DOTIN).is_file():
        print(f"no dotin resumes at {args.data / DOTIN}", file=sys.stderr)
        return 1
    base = load_texts(args.data)
    load_before = os.getloadavg()[0]

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    start = time.perf_counter()
    spark = (
        SparkSession.builder.master(args.master)
        .appName("gapcheck-benchmark")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    session_seconds = time.perf_counter() - start
    # Warm-up: starts the Python workers and builds one pipeline in each.
    warm_up, _ = spark_run(spark, base[:8], spark.sparkContext.defaultParallelism)
    # Spark first, back to back: Spark stops Python workers idle for a minute.
    spark_runs = {scale: spark_run(spark, base * scale, args.partitions) for scale in scales}
    spark.stop()
    single_runs = {scale: single_process(base * scale) for scale in scales}

    print(
        f"Spark {args.master} on {os.cpu_count()} CPUs: session start {session_seconds:.1f} s, "
        f"warm-up {warm_up:.1f} s; load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after"
    )
    print(f"{'documents':>9}  {'single docs/s':>13}  {'spark docs/s':>12}  {'speed-up':>8}  "
          f"{'single CPU ms/doc':>17}  {'spark CPU ms/doc':>16}  "
          f"{'single s/added doc':>18}  {'spark s/added doc':>17}")  # fmt: skip
    previous = None
    for scale in scales:
        count = len(base) * scale
        (single, single_cpu), (parallel, parallel_cpu) = single_runs[scale], spark_runs[scale]
        spark_cpu = f"{1000 * parallel_cpu / count:.1f}" if parallel_cpu is not None else "-"
        if previous is None:
            single_added = spark_added = "-"
        else:
            added = count - len(base) * previous
            single_added = f"{(single - single_runs[previous][0]) / added:.4f}"
            spark_added = f"{(parallel - spark_runs[previous][0]) / added:.4f}"
        print(
            f"{count:>9}  {count / single:>13.1f}  {count / parallel:>12.1f}  "
            f"{single / parallel:>7.2f}x  {1000 * single_cpu / count:>17.1f}  {spark_cpu:>16}  "
            f"{single_added:>18}  {spark_added:>17}"
        )
        previous = scale
    return 0


if __name__ == "__main__":
    sys.exit(main())
