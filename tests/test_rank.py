"""Ranking many resumes against a job (and jobs for a resume): order, failures, processes, CLI."""

from __future__ import annotations

import csv
import io
import json
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import write
from gapcheck import Analyzer, ranking
from gapcheck.cli import app
from gapcheck.cli.rank import expand_paths
from gapcheck.documents import Document
from gapcheck.errors import DocumentNotFound, ExtractionTimeout
from gapcheck.extraction import SkillExtractor
from gapcheck.rank import RankedResult, rank, rank_jobs

runner = CliRunner()

JOB = "Requirements:\n- Python\n- Docker\n- Kubernetes\n\nNice to have:\n- Terraform\n"
RESUMES = {
    "full.txt": "Experience\nBuilt services with Python, Docker, Kubernetes and Terraform.\n",
    "most.txt": "Experience\nBuilt services with Python and Docker.\n",
    "python.txt": "Experience\nWrote scripts in Python.\n",
    "none.txt": "Experience\nSold insurance to small businesses.\n",
}


def _documents(texts: dict[str, str]) -> list[Document]:
    return [Document.from_text(text, source=name) for name, text in texts.items()]


def _files(tmp_path: Path, texts: dict[str, str]) -> list[Path]:
    return [write(tmp_path, name, text.encode()) for name, text in texts.items()]


def test_resumes_are_ranked_best_first_with_counts_and_biggest_gaps() -> None:
    results = rank(JOB, _documents(RESUMES))
    assert [(r.rank, r.source) for r in results] == [
        (1, "full.txt"),
        (2, "most.txt"),
        (3, "python.txt"),
        (4, "none.txt"),
    ]
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True) and scores[0] == 100.0
    full, most, python, none = results
    assert (full.required, full.matched_required, full.missing_required) == (3, 3, 0)
    assert full.top_gaps == ()
    # Kubernetes is partly credited through Docker, yet a required partial gap (3 x 0.6) still
    # costs more than the preferred Terraform missing outright (1 x 1).
    assert (most.matched_required, most.partial_required, most.missing_required) == (2, 1, 0)
    assert most.top_gaps == ("Kubernetes", "Terraform")
    assert python.top_gaps == ("Docker", "Kubernetes", "Terraform")
    assert none.missing_required == 3 and none.score == 0.0
    assert all(r.error is None for r in results)


def test_top_gaps_are_limited_to_the_number_asked() -> None:
    (result,) = rank(JOB, _documents({"none.txt": RESUMES["none.txt"]}), top_gaps=1)
    assert result.top_gaps == ("Python",)


def test_equal_scores_are_ordered_by_source_then_input_order() -> None:
    same = RESUMES["python.txt"]
    documents = [
        Document.from_text(same, source="b.txt"),
        Document.from_text(same, source="a.txt"),
        Document.from_text(same, source="c.txt"),
    ]
    assert [r.source for r in rank(JOB, documents)] == ["a.txt", "b.txt", "c.txt"]
    texts = [same, same]  # both are '<text>': input order decides, and ranks stay distinct
    assert [r.rank for r in rank(JOB, texts)] == [1, 2]


def test_a_bad_file_is_reported_with_its_reason_and_the_rest_are_ranked(tmp_path: Path) -> None:
    good = _files(tmp_path, RESUMES)
    empty = write(tmp_path, "empty.txt", b"")
    broken = write(tmp_path, "broken.pdf", b"%PDF-1.7\n1 0 obj << /Ty")
    missing = tmp_path / "missing.docx"
    results = rank(JOB, [empty, *good[:2], missing, broken, *good[2:]])
    ranked = [r for r in results if r.error is None]
    assert [r.rank for r in ranked] == [1, 2, 3, 4]
    assert [Path(r.source).name for r in ranked] == list(RESUMES)
    failed = results[len(ranked) :]
    assert [Path(r.source).name for r in failed] == ["broken.pdf", "empty.txt", "missing.docx"]
    assert [r.error for r in failed] == [
        "the file is damaged and cannot be read",
        "the file is empty (0 bytes)",
        "no such file",
    ]
    assert all(r.rank is None and r.score is None and r.top_gaps == () for r in failed)


def test_a_document_failing_in_extraction_is_reported_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = SkillExtractor.profile

    def profile(self, doc, source=None):
        if source == "slow.txt":
            raise ExtractionTimeout(source)
        return original(self, doc, source=source)

    monkeypatch.setattr(SkillExtractor, "profile", profile)
    texts = {**RESUMES, "slow.txt": RESUMES["full.txt"]}
    results = rank(JOB, _documents(texts), chunk_size=3)
    assert [(r.rank, r.source) for r in results] == [
        (1, "full.txt"),
        (2, "most.txt"),
        (3, "python.txt"),
        (4, "none.txt"),
        (None, "slow.txt"),
    ]
    assert results[-1].error == "processing took longer than the time limit"


def test_a_job_that_cannot_be_read_raises(tmp_path: Path) -> None:
    with pytest.raises(DocumentNotFound, match="no such file"):
        rank(tmp_path / "job.pdf", RESUMES.values())


def test_two_processes_give_the_same_results_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(tmp_path, RESUMES)
    sources = [*files, tmp_path / "missing.txt", *_documents({"x.txt": RESUMES["most.txt"]})]
    pools = []
    run_pool = ranking._run_pool

    def counting_pool(*args, **kwargs):
        pools.append(args[2])
        return run_pool(*args, **kwargs)

    monkeypatch.setattr(ranking, "_run_pool", counting_pool)
    one = rank(JOB, sources, jobs=1, chunk_size=2)
    assert pools == []
    two = rank(JOB, sources, jobs=2, chunk_size=2)
    assert pools == [2]  # three chunks, two worker processes
    assert two == one
    assert len(one) == 6 and one[-1].error == "no such file"


def test_the_job_is_prepared_once_and_not_pickled(monkeypatch: pytest.MonkeyPatch) -> None:
    prepared = []
    prepare_job = ranking.prepare_job

    def counting_prepare(*args, **kwargs):
        prepared.append(args[0])
        return prepare_job(*args, **kwargs)

    monkeypatch.setattr(ranking, "prepare_job", counting_prepare)
    analyzer = Analyzer()
    job = analyzer.profile(JOB, kind="job")
    scorer = ranking._Scorer(analyzer, job, "resume", 3, 32)
    results = scorer.score_chunk(list(enumerate(_documents(RESUMES))))
    assert prepared == [job]  # once for the chunk of four resumes
    copy = pickle.loads(pickle.dumps(scorer))
    assert "_job" in vars(scorer) and "_job" not in vars(copy)  # a worker prepares its own
    assert copy.score_chunk(list(enumerate(_documents(RESUMES)))) == results


def test_progress_is_reported_until_every_document_is_done() -> None:
    calls: list[tuple[int, int]] = []
    rank(
        JOB,
        _documents(RESUMES),
        chunk_size=3,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(3, 4), (4, 4)]


def test_jobs_are_ranked_for_one_resume(tmp_path: Path) -> None:
    jobs = {
        "python-job.txt": "Requirements:\n- Python\n",
        "devops-job.txt": JOB,
        "java-job.txt": "Requirements:\n- Java\n- Scala\n",
    }
    paths = [*_files(tmp_path, jobs), tmp_path / "gone.txt"]
    results = rank_jobs(RESUMES["most.txt"], paths)
    assert [Path(r.source).name for r in results] == [
        "python-job.txt",
        "devops-job.txt",
        "java-job.txt",
        "gone.txt",
    ]
    assert [r.rank for r in results] == [1, 2, 3, None]
    assert results[0].score == 100.0 and results[2].missing_required == 2
    assert results[3].error == "no such file"


@pytest.mark.parametrize(
    ("option", "value"), [("jobs", 0), ("chunk_size", 0), ("batch_size", 0), ("top_gaps", -1)]
)
def test_invalid_options_are_refused(option: str, value: int) -> None:
    with pytest.raises(ValueError, match=f"{option} must be at least"):
        rank(JOB, ["Skills: Python\n"], **{option: value})


def test_a_profile_of_the_wrong_kind_is_refused() -> None:
    from gapcheck.analyzer import extract

    resume_profile = extract(RESUMES["most.txt"], kind="resume")
    with pytest.raises(ValueError, match="expected a job profile"):
        rank(resume_profile, ["Skills: Python\n"])


# ---------------------------------------------------------------------------------- paths


def test_folders_globs_and_files_expand_to_each_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    for name in ("b.pdf", "a.docx", "c.md", "notes.json", ".hidden.txt", "~$lock.docx"):
        write(folder, name, b"x")
    (folder / "sub").mkdir()
    write(folder / "sub", "deep.txt", b"x")
    other = write(tmp_path, "other.txt", b"x")
    found = expand_paths([str(folder), str(tmp_path / "cvs" / "*.pdf"), str(other)])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "cvs/a.docx",
        "cvs/b.pdf",
        "cvs/c.md",
        "other.txt",
    ]
    unmatched = str(tmp_path / "none" / "*.pdf")
    assert expand_paths([unmatched]) == [Path(unmatched)]  # reported as missing, not dropped


# ------------------------------------------------------------------------------------ CLI


def _cli_files(tmp_path: Path) -> tuple[Path, Path]:
    job = write(tmp_path, "job.txt", JOB.encode())
    folder = tmp_path / "cvs"
    folder.mkdir()
    _files(folder, RESUMES)
    write(folder, "empty.txt", b"")
    return job, folder


def test_cli_ranks_a_folder_and_reports_the_unreadable_file(tmp_path: Path) -> None:
    job, folder = _cli_files(tmp_path)
    result = runner.invoke(app, ["rank", str(job), str(folder)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    row_of = {name: n for n, line in enumerate(lines) for name in RESUMES if name in line}
    assert sorted(row_of, key=row_of.get) == ["full.txt", "most.txt", "python.txt", "none.txt"]
    assert "Ranked 4 of 5 resumes." in result.stdout
    assert "1 could not be read:" in result.stdout
    assert f"{folder / 'empty.txt'}: the file is empty (0 bytes)" in result.stdout
    assert result.stderr == ""


def test_cli_json_lists_the_best_and_the_failures(tmp_path: Path) -> None:
    job, folder = _cli_files(tmp_path)
    result = runner.invoke(app, ["rank", str(job), str(folder), "--json", "--top", "2", "-j", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["job"], data["resume"], data["ranked"], data["failed"]) == (str(job), None, 4, 1)
    results = [RankedResult.model_validate(r) for r in data["results"]]
    assert [(r.rank, Path(r.source).name) for r in results] == [
        (1, "full.txt"),
        (2, "most.txt"),
        (None, "empty.txt"),
    ]
    assert "empty.txt: the file is empty (0 bytes)" in result.stderr


def test_cli_csv_has_a_header_and_one_row_per_document(tmp_path: Path) -> None:
    job, folder = _cli_files(tmp_path)
    result = runner.invoke(app, ["rank", str(job), str(folder / "*.txt"), "--csv", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [Path(r["source"]).name for r in rows] == [
        "full.txt",
        "most.txt",
        "python.txt",
        "none.txt",
        "empty.txt",
    ]
    assert rows[1]["top_gaps"] == "Kubernetes; Terraform"
    assert (rows[1]["rank"], rows[1]["required"], rows[1]["partial_required"]) == ("2", "3", "1")
    assert (rows[-1]["rank"], rows[-1]["score"]) == ("", "")
    assert rows[-1]["error"] == "the file is empty (0 bytes)"
    assert result.stderr == ""  # --quiet: the failure is in the CSV only


def test_cli_ranks_jobs_for_a_resume(tmp_path: Path) -> None:
    resume = write(tmp_path, "cv.txt", RESUMES["python.txt"].encode())
    job = write(tmp_path, "job.txt", JOB.encode())
    python_job = write(tmp_path, "python-job.txt", b"Python Developer\n\nRequirements:\n- Python\n")
    result = runner.invoke(
        app, ["rank", "--resume", str(resume), str(job), str(python_job), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["resume"] == str(resume) and data["job"] is None
    assert [Path(r["source"]).name for r in data["results"]] == ["python-job.txt", "job.txt"]


def test_cli_fails_when_no_document_can_be_read(tmp_path: Path) -> None:
    job = write(tmp_path, "job.txt", JOB.encode())
    result = runner.invoke(
        app, ["rank", str(job), str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == "Error: none of the 2 resumes could be read"


def test_cli_reports_an_unreadable_job_in_one_line(tmp_path: Path) -> None:
    resume = write(tmp_path, "cv.txt", RESUMES["python.txt"].encode())
    result = runner.invoke(app, ["rank", str(tmp_path / "job.pdf"), str(resume)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'job.pdf'}: no such file\n"
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["rank", "job.txt"],
        ["rank", "job.txt", "cv.txt", "--json", "--csv"],
        ["rank", "job.txt", "-"],
        ["rank", "job.txt", "cv.txt", "--jobs", "0"],
        ["rank", "job.txt", "cv.txt", "--top", "0"],
    ],
)
def test_cli_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
