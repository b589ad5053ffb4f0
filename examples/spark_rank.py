"""Rank resumes against job postings on Apache Spark, end to end, with gapcheck.spark.

Reads resume and posting files (PDF, DOCX, text) as binary files, extracts their skill profiles
on the workers and prints the best candidate resumes of each job with their gaps.

    pip install ".[spark]"                   # needs Java 17 or later
    python examples/spark_rank.py            # local mode, the resumes and postings in examples/
    python examples/spark_rank.py --resumes "cvs/*.pdf" --jobs "postings/*.txt" --top-k 10

On a cluster, see docs/spark.md (spark-submit with the gapcheck wheel).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pyspark.sql import DataFrame, SparkSession

from gapcheck.spark import extract_profiles, rank, read_documents

HERE = Path(__file__).resolve().parent
SHOWN_GAPS = 3


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--resumes",
        default=str(HERE / "resume_*"),
        help="path, folder or glob of resume files (any Spark file system: hdfs://, s3a://...)",
    )
    parser.add_argument(
        "--jobs", default=str(HERE / "job_*"), help="path, folder or glob of job posting files"
    )
    parser.add_argument("--top-k", type=int, default=5, help="resumes kept per job (default 5)")
    parser.add_argument(
        "--master",
        help="Spark master, e.g. local[2]; default: spark-submit's, or local[*] under python",
    )
    parser.add_argument(
        "--output", help="also write the ranking there as Parquet (a folder, overwritten)"
    )
    return parser.parse_args(argv)


def start_spark(master: str | None) -> SparkSession:
    if "PYSPARK_GATEWAY_PORT" not in os.environ:
        # Started with python, not spark-submit: the workers run this same interpreter.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("gapcheck-rank").config(
        "spark.ui.showConsoleProgress", "false"
    )
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def profiles(spark: SparkSession, files: str, kind: str) -> DataFrame:
    """The profiles of the files matching ``files``; unreadable files are reported and left out."""
    documents = read_documents(spark.read.format("binaryFile").load(files))
    found = extract_profiles(documents, "text", kind, source_col="path")  # type: ignore[arg-type]
    found = found.select("path", "profile", "error").cache()
    for row in found.where(found.error.isNotNull()).collect():
        print(f"skipped: {row.error}", file=sys.stderr)
    return found.where(found.profile.isNotNull())


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    spark = start_spark(args.master)
    try:
        resumes = profiles(spark, args.resumes, "resume")
        jobs = profiles(spark, args.jobs, "job")
        ranked = rank(
            jobs, resumes, top_k=args.top_k, job_id_col="path", resume_id_col="path"
        ).cache()
        if args.output:
            ranked.write.mode("overwrite").parquet(args.output)
        current_job = None
        for row in ranked.collect():
            if row.job_id != current_job:
                current_job = row.job_id
                print(f"\n{Path(row.job_id).name}")
            shown = row.required_gaps[:SHOWN_GAPS]
            more = len(row.required_gaps) - len(shown)
            gaps = ", ".join(shown) + (f" and {more} more" if more else "") if shown else "none"
            print(
                f"  {row.rank:>2}. {row.score:5.1f}  {Path(row.resume_id).name:<32} "
                f"{row.matched}/{row.requirements} met; missing required: {gaps}"
            )
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
