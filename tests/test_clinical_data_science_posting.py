"""A biostatistician's academic CV against a clinical data science posting written as numbered
lists: a numbered item is no heading ("2. Experience with cloud data platforms" had opened a
section of requirements under "Preferred qualifications"); examples in parentheses stand in for
what they exemplify ("predictive models (e.g., gradient boosting, survival analysis)", "cloud
data platforms (Snowflake, BigQuery)"), while the parts of a product stay asked ("Amazon Web
Services (S3, EMR)"); "apply causal inference methods" asks for causal inference, and
"communicate findings" for communication."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck.components.sections import find_sections

POSTING = """\
Data Scientist II - Clinical Analytics
Meridian Health System

Key responsibilities:
1. Develop predictive models (e.g., gradient boosting, survival analysis) on EHR data
2. Design observational studies; apply causal inference methods where trials are not possible
3. Communicate findings to clinicians and hospital leadership

Required qualifications:
1. Proficiency in R or Python
2. Experience with electronic health record data

Preferred qualifications:
1. Familiarity with HIPAA
2. Experience with cloud data platforms (Snowflake, BigQuery)
"""

RESUME = """\
Elena Vasquez, PhD
elena.vasquez@example.org | (312) 555-0148

RESEARCH EXPERIENCE
Postdoctoral Research Fellow, Northwestern University
Sept 2021 - present
- Built readmission risk models from Epic Clarity extracts of 120,000 stays (R, SQL)
- Estimated treatment effects with causal inference methods (inverse probability weighting)
- Fitted Cox survival analysis models of time to readmission
- Communicated findings to cardiologists in monthly case conferences

SKILLS
R, Python, SQL, BigQuery
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_a_numbered_item_is_no_heading() -> None:
    names = [s.name for s in find_sections(POSTING, "job")]
    assert names == ["title", "responsibilities", "requirements", "preferred"]
    # A numbered heading of its own is one still.
    resume = (
        "Jane Doe\n\n1. Education\nBSc Physics, 2019\n2. Experience\nAnalyst, Acme, 2019 - 2024\n"
    )
    assert [s.name for s in find_sections(resume, "resume")] == [
        "header",
        "education",
        "experience",
    ]


def test_examples_in_parentheses_stand_in_for_their_kind(report) -> None:
    line = assert_matched(report, "survival-analysis")
    assert set(line.skills) == {"predictive-modeling", "gradient-boosting", "survival-analysis"}
    line = assert_matched(report, "bigquery")
    assert set(line.skills) == {"snowflake", "bigquery"} and line.importance == "preferred"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Experience with platforms such as Snowflake or BigQuery", {"snowflake", "bigquery"}),
        (
            "Experience with cloud data platforms (e.g. Snowflake, BigQuery)",
            {"snowflake", "bigquery"},
        ),
        # A product's parts are each asked: the words before them are the product's name.
        ("Production experience on Amazon Web Services (S3, EMR)", None),
        # A label and its list is no group.
        ("Tools: Snowflake, BigQuery", None),
    ],
)
def test_which_lists_are_examples(text: str, group) -> None:
    job = posting_item(text)
    assert ({frozenset(g.skills) for g in job.groups} or {None}) == {
        frozenset(group) if group else None
    }


def test_a_practice_named_with_its_methods_is_asked(report) -> None:
    assert_matched(report, "causal-inference")
    assert posting_item("Apply causal inference where trials are not possible", "Duties").skill(
        "causal-inference"
    )


def test_communicating_findings_is_communication(report) -> None:
    line = requirement_line(report, "communication")
    assert line.status == "matched", line.reason
