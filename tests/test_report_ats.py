"""Keywords with their counts, the title match and the tracking-system checks."""

from __future__ import annotations

import json

import pytest

from gapcheck import Analyzer
from gapcheck.ats import ats_checks, title_match
from gapcheck.documents import Document
from gapcheck.models import SkillProfile
from gapcheck.render import render_json, render_markdown

RESUME = """Jane Doe
Senior Data Engineer
jane.doe@example.com | +1 (614) 555-0147

Experience
Data Engineer, Acme Corp
2019 - 2024
- Built Python pipelines in Airflow that load 2 TB a day.
- Cut the nightly batch from 6 hours to 40 minutes with Python and SQL.
- Mentored 3 analysts in SQL.
- Wrote Python tooling for teamwork across 4 teams.

Education
B.Sc. Computer Science, 2015

Skills
Python, SQL, Airflow
"""
JOB = """Data Engineer

Requirements:
- 3+ years of Python; Python is used everywhere here
- SQL and Kubernetes
- Strong communication skills
"""


@pytest.fixture(scope="module")
def report():
    return Analyzer().analyze(RESUME, JOB)


def test_keywords_count_the_posting_and_the_resume(report) -> None:
    keywords = {k.term: k for k in report.keywords}
    assert keywords["Python"].job_count == 2 and keywords["Python"].resume_count == 4
    assert keywords["Kubernetes"].resume_count == 0
    assert keywords["Python"].kind == "hard"
    assert [k.term for k in report.keywords if k.kind == "soft"] == ["communication"]
    assert report.keywords[0].term == "Python"  # most asked first


def test_the_title_matches_through_seniority(report) -> None:
    assert report.title_match is not None
    assert report.title_match.job_title == "Data Engineer"
    assert report.title_match.matches


def test_a_different_title_is_named_and_does_not_match() -> None:
    profile = SkillProfile(kind="resume", skills=())
    text = "Sam Roe\nRegistered Nurse\nsam@example.com\n"
    match = title_match(text, profile, "AI Engineer")
    assert match is not None and not match.matches
    assert title_match(text, profile, None) is None


@pytest.mark.parametrize(
    "resume_title, job_title, matches",
    [
        # a team after a comma is no part of the role
        ("Robotics Software Engineer", "Robotics Software Engineer, Autonomy", True),
        # a role of one word is read with what follows: a manager of data engineering
        ("Sales Manager", "Manager, Data Engineering", False),
        # a title of two names matches either
        ("Structural Welder", "Welder / Fabricator – 2nd Shift", True),
        # "CI/CD" is one name, not two
        ("CI Specialist", "CI/CD Engineer", False),
    ],
)
def test_the_parts_of_a_title_that_name_the_role(
    resume_title: str, job_title: str, matches: bool
) -> None:
    profile = SkillProfile(kind="resume", skills=())
    match = title_match(f"Ann Lee\n{resume_title}\nann@example.com\n", profile, job_title)
    assert match is not None and match.matches is matches


def _checks(text: str, sections=("experience", "education", "skills"), **document) -> dict:
    doc = Document(text=text, source="cv.txt", format="text", extraction="decoded", **document)
    return {check.id: check for check in ats_checks(doc, sections)}


def test_the_checks_of_a_good_resume_pass() -> None:
    text = RESUME + ("More detail on the work done. " * 40)
    assert all(check.passed for check in _checks(text).values())


def test_contact_details_are_checked_but_never_printed(report) -> None:
    checks = {check.id: check for check in report.ats_checks}
    assert checks["contact"].passed
    out = json.dumps([c.model_dump() for c in report.ats_checks])
    assert "jane.doe@example.com" not in out and "555-0147" not in out
    failed = _checks("Jane Doe\nExperience\n- Built things.\n")["contact"]
    assert not failed.passed and "e-mail or phone" in failed.message


def test_missing_headings_and_word_count() -> None:
    checks = _checks("Jane Doe\njane@example.com\n- Built things.\n", sections=("experience",))
    assert not checks["headings"].passed
    assert "Education, Skills" in checks["headings"].message
    assert not checks["word-count"].passed and "too short" in checks["word-count"].message


def test_measurable_results_need_numbers_in_bullets() -> None:
    plain = "\n".join(f"- Worked on project {name}." for name in "abcdef")
    assert not _checks(plain)["measurable-results"].passed
    numbers = "\n".join(f"- Cut costs by {n}0% on project {n}." for n in range(1, 7))
    assert _checks(numbers)["measurable-results"].passed


def test_tables_and_columns_are_flagged() -> None:
    table = "\n".join(f"Skill {n} | level {n} | years {n}" for n in range(4))
    assert not _checks(table)["layout"].passed
    one_line = "Data Engineer | Acme | Denver, CO\n- Built pipelines.\n"
    assert _checks(one_line)["layout"].passed
    columns = "\n".join(f"Built the pipelines here    Python and SQL daily {n}" for n in range(6))
    assert not _checks(columns)["layout"].passed


def test_unreadable_and_hidden_text_come_from_the_readers_warnings() -> None:
    warned = _checks(
        RESUME, warnings=("pages 2-3 could not be read and were skipped", "hidden text on page 1")
    )
    assert not warned["readable"].passed
    assert not warned["hidden-text"].passed


def test_json_and_markdown_carry_them(report) -> None:
    data = json.loads(render_json(report))
    assert {"term", "kind", "job_count", "resume_count"} == data["keywords"][0].keys()
    assert data["title_match"]["matches"] is True
    assert [check["id"] for check in data["ats_checks"]] == [
        "contact",
        "headings",
        "word-count",
        "measurable-results",
        "readable",
        "layout",
        "hidden-text",
    ]
    markdown = render_markdown(report, tips=())
    assert "## Keywords" in markdown and "## Applicant tracking systems" in markdown
