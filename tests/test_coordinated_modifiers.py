"""Modifiers that share one head noun: "linear and logistic regression" names linear regression
and logistic regression; "supervised, unsupervised and reinforcement learning" three kinds of
learning. A modifier counts only when it makes another skill's name with the head noun, is no
part of a name of its own ("knowledge graph and vector databases" names no graph
databases), and is no degree level (the education reader reads "Master and PhD degree")."""

from __future__ import annotations

import pytest

from builders import posting_item, requirement_line, text_report
from gapcheck import extract
from gapcheck.tailor import resume_tips


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("Experience with linear and logistic regression", {"linear-regression"}),
        (
            "Experience with supervised, unsupervised and reinforcement learning",
            {"supervised-learning", "unsupervised-learning"},
        ),
        ("Experience with unit and integration testing", {"unit-testing"}),
        ("Experience with relational and NoSQL databases", {"relational-databases"}),
        ("Knowledge of linear and mixed models", {"linear-regression"}),
        ("Strong time and project management skills", {"time-management"}),
    ],
)
def test_a_modifier_names_a_skill_with_the_shared_noun(line: str, skills: set[str]) -> None:
    assert skills <= {s.id for s in posting_item(line).skills}


def test_a_word_of_another_name_is_no_modifier() -> None:
    # "graph and vector databases" names graph databases; in "knowledge graph and vector
    # databases" the word is part of the knowledge graph's name
    found = {s.id for s in posting_item("Experience with graph and vector databases").skills}
    assert {"graph-databases", "vector-databases"} <= found
    line = "Experience with knowledge graph and vector databases"
    found = {s.id for s in posting_item(line).skills}
    assert "graph-databases" not in found
    assert {"knowledge-graphs", "vector-databases"} <= found


def test_a_modifier_is_found_on_resumes_too() -> None:
    profile = extract(
        "EXPERIENCE\nData Scientist, Acme, 2020 - 2024\n"
        "- Fitted linear and logistic regression models for churn\n",
        kind="resume",
    )
    mentions = {s.id: [m.text for m in s.mentions] for s in profile.skills}
    assert mentions["linear-regression"] == ["linear"]
    assert "logistic-regression" in mentions


def test_a_degree_level_is_left_to_the_education_reader() -> None:
    profile = extract(
        "Requirements\n- A PhD degree in informatics\n"
        "- Diplomas (Master and PhD degree) with the application\n",
        kind="job",
    )
    assert "masters-degree" not in {s.id for s in profile.skills}
    assert {e.level for e in profile.education} == {"doctorate"}


def test_a_modifier_is_no_term_to_mirror() -> None:
    resume = (
        "EXPERIENCE\nData Scientist, Acme, 2020 - 2024\n"
        "- Fitted linear and logistic regression models for churn\n"
    )
    posting = "Requirements\n- Experience with unit and integration testing\n- Linear regression\n"
    report = text_report(resume, posting)
    terms = {k.term for k in report.keywords}
    assert "unit" not in terms and "Unit testing" in terms
    assert requirement_line(report, "unit-testing").job_terms == ("",)
    line = requirement_line(report, "linear-regression")
    assert line.status == "matched" and line.resume_terms == ()
    tips = resume_tips(report, resume_text=resume)
    assert not [t for t in tips if "“linear”" in t.message]
