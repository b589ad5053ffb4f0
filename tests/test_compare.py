"""Gap analysis: statuses, credit, the score and its properties, on hand-made and shipped cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import EXAMPLES, REPO, profile_skill
from gapcheck import GapReport, ScoreWeights, analyze, compare
from gapcheck.cli import app
from gapcheck.models import EducationMention, SkillProfile
from gapcheck.taxonomy import load_taxonomy

runner = CliRunner()


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


@pytest.fixture(scope="module")
def ai_report() -> GapReport:
    return analyze(EXAMPLES / "resume_ai_engineer.txt", EXAMPLES / "job_ai_engineer.txt")


def requirement(report: GapReport, *skill_ids: str):
    """The requirement whose members are exactly ``skill_ids`` (in any order)."""
    for result in report.requirements:
        if set(result.skills) == set(skill_ids):
            return result
    raise AssertionError(f"no requirement {skill_ids}: {[r.skills for r in report.requirements]}")


# --------------------------------------------------------------------------- the shipped example


def test_group_satisfied_by_its_second_member(ai_report: GapReport) -> None:
    group = requirement(ai_report, "tensorflow", "pytorch")
    assert group.skills[0] == "tensorflow"
    assert group.status == "matched"
    assert group.credited_through == "pytorch"
    assert any("PyTorch" in e.context for e in group.evidence)


def test_implied_match_is_partial_and_says_through_what(ai_report: GapReport) -> None:
    deep = requirement(ai_report, "deep-learning")
    assert deep.status == "partial"
    assert deep.credit_kind == "implied"
    assert deep.credit == ScoreWeights().implied
    assert deep.credited_through in load_taxonomy().narrower("deep-learning") or (
        "deep-learning" in load_taxonomy().implied_by(deep.credited_through)
    )


def test_related_skill_gives_partial_credit(ai_report: GapReport) -> None:
    kubernetes = requirement(ai_report, "kubernetes")
    assert kubernetes.status == "partial"
    assert kubernetes.credit_kind == "related"
    assert kubernetes.credited_through in load_taxonomy().related_to("kubernetes")
    assert kubernetes.credit == ScoreWeights().related


def test_years_shortfall(ai_report: GapReport) -> None:
    python = requirement(ai_report, "python")
    assert python.min_years == 3
    assert python.resume_years is not None and python.resume_years < 3
    assert python.years_shortfall and python.status == "partial"
    assert python.credit == pytest.approx(max(0.5, python.resume_years / 3), abs=1e-3)


def test_education_is_checked(ai_report: GapReport) -> None:
    (degree,) = ai_report.education
    assert degree.level == "bachelors-degree"
    assert {"computer-science", "statistics"} <= set(degree.fields)
    assert degree.status == "matched"
    assert "Statistics" in degree.resume_degree


def test_real_gaps_and_matches(ai_report: GapReport) -> None:
    assert requirement(ai_report, "scikit-learn").status == "matched"  # written "sklearn"
    # Claimed in a summary sentence, not in a skills list: "listed only" means a skills list.
    assert not requirement(ai_report, "business-acumen").listed_only
    assert requirement(ai_report, "collaboration").status == "matched"
    docker = requirement(ai_report, "docker")
    assert docker.listed_only and docker.credit == ScoreWeights().listed_only
    assert 0 < ai_report.score < 100


def test_company_blurb_and_benefits_are_not_requirements(ai_report: GapReport) -> None:
    asked = {s for r in ai_report.requirements for s in r.skills}
    assert "logistics" not in asked


def test_every_reason_is_a_sentence(ai_report: GapReport) -> None:
    for result in ai_report.requirements:
        assert result.reason[0].isupper() and result.reason.endswith(".")


def test_categories_cover_every_requirement(ai_report: GapReport) -> None:
    counted = sum(c.requirements for c in ai_report.categories)
    assert counted == len(ai_report.requirements) + len(ai_report.education)
    for category in ai_report.categories:
        assert category.matched + category.partial + category.missing == category.requirements


def test_score_is_the_documented_formula(ai_report: GapReport) -> None:
    items = [*ai_report.requirements, *ai_report.education]
    expected = 100 * sum(i.weight * i.credit for i in items) / sum(i.weight for i in items)
    assert ai_report.score == pytest.approx(expected, abs=0.05)


def test_data_engineer_pair(tmp_path: Path) -> None:
    report = analyze(EXAMPLES / "resume_data_engineer.txt", EXAMPLES / "job_data_engineer.txt")
    (warehouses,) = [
        r
        for r in report.requirements
        if {"snowflake", "amazon-redshift", "bigquery"} <= set(r.skills)
    ]
    assert warehouses.status == "matched"
    assert requirement(report, "apache-spark").status == "matched"  # PySpark on EMR
    # "Kafka, Kinesis or another event-streaming platform" is one either/or requirement.
    (streaming,) = [r for r in report.requirements if "amazon-kinesis" in r.skills]
    assert {"apache-kafka", "amazon-kinesis"} <= set(streaming.skills)
    assert requirement(report, "apache-airflow").status == "matched"  # written "Airflow"


# --------------------------------------------------------------------------- score properties


def _skill(taxonomy, skill_id: str, *, years: float | None = 10, usage: str = "experience"):
    return profile_skill(taxonomy[skill_id], "experience", years=years, usage=usage)


def _resume(taxonomy, skill_ids, *, degree: tuple[str, int, tuple[str, ...]] | None = None):
    education = ()
    if degree is not None:
        level, rank, fields = degree
        education = (
            EducationMention(
                level=level, level_rank=rank, fields=fields, text="degree", start=0, end=6
            ),
        )
    return SkillProfile(
        kind="resume",
        skills=tuple(_skill(taxonomy, s) for s in skill_ids),
        education=education,
        experience_years=10,
    )


def _job_profile():
    from gapcheck.analyzer import extract

    return extract(EXAMPLES / "job_ai_engineer.txt", kind="job")


def test_a_resume_with_everything_scores_100(taxonomy) -> None:
    job = _job_profile()
    wanted = {s for s in job.skill_ids if job.skill(s).importance is not None}
    degree = next(e for e in job.education if e.importance is not None)
    resume = _resume(
        taxonomy, sorted(wanted), degree=(degree.level, degree.level_rank, degree.fields[:1])
    )
    report = compare(resume, job, taxonomy=taxonomy)
    assert report.score == 100
    assert not report.partial and not report.missing


def test_adding_a_missing_required_skill_never_lowers_the_score(taxonomy) -> None:
    job = _job_profile()
    have = ["python", "docker", "hadoop"]
    base = compare(_resume(taxonomy, have), job, taxonomy=taxonomy)
    assert base.missing
    for missing in base.missing:
        for skill_id in missing.skills:
            better = compare(_resume(taxonomy, [*have, skill_id]), job, taxonomy=taxonomy)
            assert better.score >= base.score, skill_id


def test_weights_can_be_passed_in(taxonomy) -> None:
    job = _job_profile()
    resume = _resume(taxonomy, ["pytorch", "docker"])
    strict = ScoreWeights(implied=0.0, related=0.0)
    assert (
        compare(resume, job, taxonomy=taxonomy, weights=strict).score
        < compare(resume, job, taxonomy=taxonomy).score
    )


def test_empty_resume_scores_zero(taxonomy) -> None:
    report = compare(SkillProfile(kind="resume", skills=()), _job_profile(), taxonomy=taxonomy)
    assert report.score == 0 and not report.matched


def test_extra_skills_related_to_gaps_are_flagged(taxonomy) -> None:
    job = _job_profile()
    report = compare(_resume(taxonomy, ["hadoop", "tableau"]), job, taxonomy=taxonomy)
    extra = {e.id: e for e in report.extra}
    assert "tableau" in extra
    assert all(isinstance(g, str) for e in report.extra for g in e.related_gaps)


# --------------------------------------------------------------------------- roles and the CLI


def test_role_profile_comparison() -> None:
    report = analyze(EXAMPLES / "resume_ai_engineer.txt", role="ai-engineer")
    assert report.job == "role:ai-engineer"
    assert any(len(r.skills) > 1 for r in report.requirements)
    assert report.education


def test_cli_role_and_roles_list() -> None:
    result = runner.invoke(
        app, [str(EXAMPLES / "resume_ai_engineer.txt"), "--role", "ai-engineer", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["job"] == "role:ai-engineer"
    listed = runner.invoke(app, ["roles"])
    assert listed.exit_code == 0 and "ai-engineer" in listed.stdout
    unknown = runner.invoke(app, [str(EXAMPLES / "resume_ai_engineer.txt"), "--role", "chef"])
    assert unknown.exit_code == 1 and "unknown role 'chef'" in unknown.stderr


def test_cli_json_is_only_json() -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "gapcheck",
            str(EXAMPLES / "resume_ai_engineer.txt"),
            str(EXAMPLES / "job_ai_engineer.txt"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "json.tool"],
        input=completed.stdout,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0
    data = json.loads(completed.stdout)
    for key in ("schema_version", "score", "matched", "partial", "missing", "extra", "categories"):
        assert key in data
    for entry in data["matched"] + data["partial"] + data["missing"]:
        assert {"id", "label", "skills", "names", "importance"} <= entry.keys()


def test_cli_fail_under_exits_3() -> None:
    args = [str(EXAMPLES / "resume_ai_engineer.txt"), str(EXAMPLES / "job_ai_engineer.txt")]
    assert runner.invoke(app, [*args, "--json", "--fail-under", "99"]).exit_code == 3
    assert runner.invoke(app, [*args, "--json", "--fail-under", "1"]).exit_code == 0


def test_cli_html_file_and_formats(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    args = [str(EXAMPLES / "resume_ai_engineer.txt"), str(EXAMPLES / "job_ai_engineer.txt")]
    result = runner.invoke(app, [*args, "--format", "markdown", "--html", str(out)])
    assert result.exit_code == 0
    assert result.stdout.startswith("# ")
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


def test_cli_html_to_an_unwritable_path(tmp_path: Path) -> None:
    args = [str(EXAMPLES / "resume_ai_engineer.txt"), str(EXAMPLES / "job_ai_engineer.txt")]
    bad = tmp_path / "missing-folder" / "report.html"
    result = runner.invoke(app, [*args, "--json", "--html", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: cannot write")


def test_cli_needs_a_job_or_a_role() -> None:
    result = runner.invoke(app, ["analyze", str(EXAMPLES / "resume_ai_engineer.txt")])
    assert result.exit_code == 2


def test_cli_schema_matches_the_committed_file() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    committed = (REPO / "schema" / "gap_report.schema.json").read_text(encoding="utf-8")
    assert result.stdout == committed


def test_certifications_are_credentials_judged_like_skills() -> None:
    from gapcheck.analyzer import extract

    resume = extract(
        "Certifications\nAWS Certified Solutions Architect – Associate\n", kind="resume"
    )
    assert resume.certifications and all(c.kind == "certification" for c in resume.certifications)
    assert not any(s.kind == "certification" for s in resume.skills)
    job = extract("Requirements:\n- AWS Certified Solutions Architect\n", kind="job")
    report = compare(resume, job)
    certification = resume.certifications[0].id
    assert any(certification in r.skills and r.status != "missing" for r in report.requirements)
