"""Tests of gapcheck.spark on Spark ``local[2]``: its results equal the single-process library's.

Skipped, with the reason, when pyspark (``pip install ".[spark]"``) or Java is absent; with
``GAPCHECK_REQUIRE_SPARK=1`` (set by ``.ci/run``) they fail instead, so CI cannot skip them.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from builders import (
    EXAMPLES,
    encrypted_pdf_bytes,
    image_only_pdf_bytes,
    sample_docx,
    sample_pdf,
    write,
)
from gapcheck.comparison import compare
from gapcheck.documents import Document, read_document
from gapcheck.errors import DocumentError
from gapcheck.extraction import SkillExtractor
from gapcheck.limits import Limits
from gapcheck.models import GapReport, SkillProfile
from gapcheck.taxonomy import load_taxonomy

REQUIRE_ENV = "GAPCHECK_REQUIRE_SPARK"
TODAY = dt.date(2025, 6, 1)  # "present" in resumes' date ranges, fixed for both sides
RESUME_PARTITIONS = 8
TOP_K = 25


def _spark_missing() -> str | None:
    for module in ("pyspark", "pandas", "pyarrow"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install '.[spark]')"
    java_home = os.environ.get("JAVA_HOME")
    if shutil.which("java") is None and not (java_home and Path(java_home, "bin", "java").exists()):
        return "Java is not installed (Spark needs Java 17 or later)"
    return None


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    missing = _spark_missing()
    if missing:
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"{REQUIRE_ENV} is set but {missing}")
        pytest.skip(missing)
    from pyspark.sql import SparkSession

    # The Python workers must run this interpreter, the one gapcheck is installed in.
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("gapcheck-tests")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = saved


@pytest.fixture(scope="module")
def corpus(shared_data: Path) -> dict[str, list[tuple[str, str]]]:
    """The dotin resumes and six SkillSpan development postings, as (id, text)."""
    resumes_path = shared_data / "dotin_resume_ner" / "derived_resumes_with_gold_spans.jsonl"
    postings_dir = shared_data / "job_postings" / "skillspan_postings"
    if not resumes_path.is_file() or not postings_dir.is_dir():
        pytest.skip(f"the dotin resumes or SkillSpan postings are not in {shared_data}")
    with resumes_path.open(encoding="utf-8") as lines:
        resumes = [(row["file"], row["text"]) for row in map(json.loads, lines)]
    postings = [
        *sorted(postings_dir.glob("tech_dev_*.txt"))[:4],
        *sorted(postings_dir.glob("house_dev_*.txt"))[:2],
    ]
    jobs = [(path.name, path.read_text(encoding="utf-8")) for path in postings]
    return {"resume": resumes, "job": jobs}


@pytest.fixture(scope="module")
def expected_profiles(
    corpus: dict[str, list[tuple[str, str]]],
) -> dict[str, dict[str, SkillProfile]]:
    """Profiles from the single-process batch path, by kind and id."""
    extractor = SkillExtractor(today=TODAY)
    result: dict[str, dict[str, SkillProfile]] = {}
    for kind, rows in corpus.items():
        documents = [Document.from_text(text, source=doc_id) for doc_id, text in rows]
        profiles = extractor.pipe(documents, kind=kind)  # type: ignore[arg-type]
        result[kind] = {doc_id: p for (doc_id, _), p in zip(rows, profiles, strict=True)}
    return result


@pytest.fixture(scope="module")
def extracted(spark: Any, corpus: dict[str, list[tuple[str, str]]]) -> dict[str, Any]:
    """extract_profiles of the corpus on Spark, with the count of pipelines the workers built.

    This is the module's first extraction, so the count covers fresh Python workers. Tests
    that extract more ask for this fixture first, so they run on workers already warm.
    """
    from gapcheck.spark import extract_profiles

    builds = spark.sparkContext.accumulator(0)
    frames: dict[str, Any] = {}
    rows: dict[str, dict[str, Any]] = {}
    partitions = {"resume": RESUME_PARTITIONS, "job": 2}
    for kind, documents in corpus.items():
        df = spark.createDataFrame(documents, "id string, text string").repartition(
            partitions[kind]
        )
        frames[kind] = extract_profiles(
            df, "text", kind, source_col="id", today=TODAY, pipeline_builds=builds
        ).cache()
        rows[kind] = {row["id"]: row for row in frames[kind].collect()}
    return {"frames": frames, "rows": rows, "builds": builds.value}


def test_profiles_equal_single_process(
    extracted: dict[str, Any], expected_profiles: dict[str, dict[str, SkillProfile]]
) -> None:
    from gapcheck.spark import profile_from_json

    for kind, expected in expected_profiles.items():
        rows = extracted["rows"][kind]
        assert sorted(rows) == sorted(expected)
        for doc_id, profile in expected.items():
            row = rows[doc_id]
            assert row["error"] is None, row["error"]
            assert row["profile"] == profile.model_dump_json(), doc_id
            assert profile_from_json(row["profile"]) == profile
            assert row["skill_ids"] == list(profile.skill_ids)
    # The corpus is not trivial: most resumes have skills, every posting has requirements.
    resumes = expected_profiles["resume"].values()
    assert sum(1 for p in resumes if p.skills) > 0.9 * len(resumes)
    assert all(any(s.importance for s in p.skills) for p in expected_profiles["job"].values())


def test_pipeline_built_once_per_worker(extracted: dict[str, Any]) -> None:
    # local[2] runs at most two Python workers at a time and Spark reuses them, so the
    # 8 + 2 partitions of the two extractions built the spaCy pipeline once per worker.
    assert 1 <= extracted["builds"] <= 2


def _required_ids(job: SkillProfile) -> set[str]:
    ids = {s.id for s in job.skills if s.importance == "required"}
    for group in job.groups:
        if group.importance == "required":
            ids.update(group.skills)
    return ids


def test_rank_equals_single_process(
    extracted: dict[str, Any], expected_profiles: dict[str, dict[str, SkillProfile]]
) -> None:
    from gapcheck.spark import rank

    taxonomy = load_taxonomy()
    expected_rows = []
    expected_reports = {}
    candidate_counts = []
    for job_id, job in sorted(expected_profiles["job"].items()):
        required = _required_ids(job)
        scored = []
        for resume_id, resume in expected_profiles["resume"].items():
            if required & set(resume.skill_ids):
                scored.append((resume_id, compare(resume, job, taxonomy=taxonomy)))
        candidate_counts.append(len(scored))
        scored.sort(key=lambda item: (-item[1].score, item[0]))
        for position, (resume_id, report) in enumerate(scored[:TOP_K], start=1):
            expected_rows.append(
                (
                    job_id,
                    resume_id,
                    position,
                    report.score,
                    len(report.requirements),
                    len(report.matched),
                    len(report.partial),
                    len(report.missing),
                    [r.label for r in report.missing if r.importance == "required"],
                    [r.label for r in report.missing if r.importance == "preferred"],
                    [r.label for r in report.partial],
                )
            )
            expected_reports[job_id, resume_id] = report

    frames = extracted["frames"]
    ranked = rank(frames["job"], frames["resume"], top_k=TOP_K, include_reports=True).collect()
    got_rows = [
        (
            row["job_id"],
            row["resume_id"],
            row["rank"],
            row["score"],
            row["requirements"],
            row["matched"],
            row["partial"],
            row["missing"],
            row["required_gaps"],
            row["preferred_gaps"],
            row["partly_met"],
        )
        for row in ranked
    ]
    assert got_rows == expected_rows
    for row in ranked:
        report = expected_reports[row["job_id"], row["resume_id"]]
        assert row["report"] == report.model_dump_json()
        assert GapReport.model_validate_json(row["report"]) == report
    # Candidate generation pruned pairs for some job, and top_k cut some list short.
    resumes = len(expected_profiles["resume"])
    assert min(candidate_counts) < resumes
    assert max(candidate_counts) > TOP_K
    assert len({row[3] for row in expected_rows}) > 10  # many distinct scores


def test_rank_keeps_only_candidates(spark: Any, extracted: dict[str, Any]) -> None:
    from gapcheck.spark import extract_profiles, rank

    jobs = spark.createDataFrame(
        [
            ("j1", "Requirements:\n- PostgreSQL\n- Kotlin or Scala\n"),
            ("j2", "Nice to have:\n- PostgreSQL\n"),
        ],
        "id string, text string",
    )
    resumes = spark.createDataFrame(
        [
            ("b", "Skills: Scala\n"),
            ("a", "Skills: PostgreSQL, Python\n"),
            ("c", "Skills: Excel\n"),
            ("d", None),
        ],
        "id string, text string",
    )
    job_profiles = extract_profiles(jobs, "text", "job").cache()
    resume_profiles = extract_profiles(resumes, "text", "resume").cache()

    def ranked(top_k: int) -> list[tuple[str, str, int, float, list[str]]]:
        rows = rank(job_profiles, resume_profiles, top_k=top_k).collect()
        return [
            (r["job_id"], r["resume_id"], r["rank"], r["score"], r["required_gaps"]) for r in rows
        ]

    # j2 asks for nothing as required: no candidates. c shares no skill; d has no profile.
    # a and b each meet one of j1's two requirements and tie: the lower id ranks first.
    assert ranked(5) == [
        ("j1", "a", 1, 45.0, ["Kotlin or Scala"]),
        ("j1", "b", 2, 45.0, ["PostgreSQL"]),
    ]
    assert ranked(1) == [("j1", "a", 1, 45.0, ["Kotlin or Scala"])]


def test_extract_keeps_failures_as_rows(spark: Any, extracted: dict[str, Any]) -> None:
    from gapcheck.spark import extract_profiles

    df = spark.createDataFrame(
        [
            (1, "Skills: Go\n", "a.txt"),
            (2, None, "b.txt"),
            (3, " \n ", None),
            (4, "Skills: Go, Rust, Python, Java\n", "d.txt"),
        ],
        "n int, text string, name string",
    )
    limits = Limits(max_chars=20)
    found = extract_profiles(df, "text", "resume", source_col="name", limits=limits)
    rows = found.orderBy("n").collect()
    assert [(r["n"], r["skill_ids"], r["error"]) for r in rows] == [
        (1, ["go"], None),
        (2, None, "b.txt: the row holds no text"),
        (3, None, "<text>: the text is empty or only whitespace"),
        (4, None, "d.txt: the text has 31 characters, over the limit of 20"),
    ]
    assert [r["profile"] is None for r in rows] == [False, True, True, True]
    assert [r["name"] for r in rows] == ["a.txt", "b.txt", None, "d.txt"]


def test_extract_refuses_bad_arguments(spark: Any) -> None:
    from gapcheck.spark import extract_profiles, rank

    df = spark.createDataFrame([(1, "x\n")], "id int, text string")
    with pytest.raises(ValueError, match="no column 'body'"):
        extract_profiles(df, "body", "resume")
    with pytest.raises(ValueError, match="kind must be"):
        extract_profiles(df, "text", "cv")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="already has the column 'skill_ids'"):
        extract_profiles(df.withColumn("skill_ids", df.text), "text", "resume")
    with pytest.raises(ValueError, match="top_k"):
        rank(df, df, top_k=0)


def test_read_documents_matches_read_document(
    spark: Any, extracted: dict[str, Any], tmp_path: Path
) -> None:
    from gapcheck.spark import extract_profiles, read_documents

    folder = tmp_path / "files"
    folder.mkdir()
    paths = [
        write(folder, "resume.pdf", sample_pdf()),
        write(folder, "resume.docx", sample_docx()),
        write(folder, "notes.md", b"# Skills\n\nPython, Docker\n"),
        write(folder, "broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 20),
        write(folder, "scanned.pdf", image_only_pdf_bytes()),
        write(folder, "locked.pdf", encrypted_pdf_bytes("secret")),
    ]
    shutil.copy(EXAMPLES / "resume_ai_engineer.pdf", folder / "example.pdf")
    paths.append(folder / "example.pdf")

    files = spark.read.format("binaryFile").load(str(folder))
    documents = read_documents(files)
    assert "content" not in documents.columns
    rows = {Path(row["path"].removeprefix("file:")).name: row for row in documents.collect()}
    assert sorted(rows) == sorted(path.name for path in paths)

    extractor = SkillExtractor(today=TODAY)
    expected_profiles = {}
    failures = 0
    for path in paths:
        row = rows[path.name]
        try:
            document = read_document(path)
        except DocumentError as error:
            failures += 1
            assert row["error"] == f"{row['path']}: {error.reason}"
            assert row["text"] is None
            continue
        assert row["error"] is None
        assert (row["text"], row["format"], row["pages"]) == (
            document.text,
            document.format,
            document.pages,
        )
        assert row["warnings"] == list(document.warnings)
        expected_profiles[row["path"]] = extractor.extract(
            document.model_copy(update={"source": row["path"]}), kind="resume"
        )
    assert failures == 3  # broken, scanned, locked (Spark lists no row for an empty file)

    # Limits reach the workers: with a small max_chars, every file reads as read_document says.
    limits = Limits(max_chars=40)
    limited = {row["path"]: row["error"] for row in read_documents(files, limits=limits).collect()}
    newly_failed = 0
    for path in paths:
        uri = next(uri for uri in limited if uri.endswith("/" + path.name))
        try:
            read_document(path, limits=limits)
            expected = None
        except DocumentError as error:
            expected = f"{uri}: {error.reason}"
        assert limited[uri] == expected
        newly_failed += expected is not None and rows[path.name]["error"] is None
    assert newly_failed >= 2

    profiles = extract_profiles(documents, "text", "resume", source_col="path", today=TODAY)
    for row in profiles.collect():
        if row["path"] in expected_profiles:
            assert row["profile"] == expected_profiles[row["path"]].model_dump_json()
            assert row["error"] is None
        else:
            # The reading error is kept; no profile is made.
            assert row["profile"] is None
            assert row["error"] == rows[Path(row["path"].removeprefix("file:")).name]["error"]
