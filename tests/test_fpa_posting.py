"""A senior financial analyst against an FP&A posting: an aside in brackets neither joins nor
parts two credentials ("CFA (or progress toward it) or CPA" is one requirement); a spreadsheet's
features in brackets are its parts, even beside a word that names no skill ("Advanced Excel
(pivot tables, INDEX/MATCH, macros)" is one requirement, not three); years in brackets are the
skill's before them; "partner with accounting on the month-end close" and "assist with" ask
for the close, and a quarterly close shows it; Adaptive Insights is a planning tool of its own;
financial analysis is finance."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Financial Analyst, FP&A
Harborview Capital Partners | Boston, MA

Responsibilities
- Build the monthly forecast and prepare budget vs. actuals reviews
- Partner with accounting on the month-end close

Qualifications
- 2-4 years in FP&A, investment banking or corporate finance
- Advanced Excel (pivot tables, INDEX/MATCH, macros)
- Experience with Anaplan, Adaptive Insights or a similar planning tool
- CFA (or progress toward it) or CPA preferred
"""

RESUME = """\
DANIEL OKAFOR
daniel.okafor@example.com | (617) 555-0134

EXPERIENCE
Senior Financial Analyst, Beacon Health Systems | Aug 2022 - Present
- Deliver the rolling forecast and budget vs. actuals reviews to the CFO
- Rebuilt the headcount plan in Adaptive Insights, cutting the cycle by two weeks
- Automated 15 recurring reports with Excel macros and pivot tables

Financial Analyst, State Street | Jul 2020 - Jul 2022
- Supported the quarterly close with the accounting team; reconciled 40 GL accounts
- Built INDEX/MATCH lookups for fund expense tracking

CERTIFICATIONS
CFA Level II Candidate
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_an_aside_in_brackets_leaves_a_group_whole(report) -> None:
    line = assert_matched(report, "cfa")
    assert set(line.skills) == {"cfa", "cpa"} and line.importance == "preferred"
    # A name in brackets is no aside: the skills are not joined across it.
    job = posting_item("Docker (DCA) or Kubernetes (CKAD) certification a plus")
    assert not [g for g in job.groups if {"docker", "kubernetes"} <= set(g.skills)]


def test_a_spreadsheets_features_are_its_parts(report) -> None:
    line = assert_matched(report, "microsoft-excel")
    assert line.details == ("pivot-tables", "vlookup")
    assert not [r for r in report.requirements if r.skills == ("pivot-tables",)]


def test_years_in_brackets_are_the_skills_before_them() -> None:
    job = posting_item("Python (3+ years) or Java")
    assert job.skill("python").min_years == 3
    assert job.skill("java").min_years is None


@pytest.mark.parametrize(
    "duty",
    [
        "Partner with accounting on the month-end close",
        "Assist with the month-end close",
    ],
)
def test_helping_with_a_practice_asks_for_it(duty: str) -> None:
    assert posting_item(duty, "Responsibilities").skill("month-end-close") is not None


def test_the_close_and_the_planning_tool_are_shown(report) -> None:
    assert_matched(report, "month-end-close")
    line = assert_matched(report, "anaplan")
    assert line.credited_through == "adaptive-planning" and not line.listed_only


def test_fpa_work_is_finance(report) -> None:
    line = requirement_line(report, "financial-planning-and-analysis")
    assert line.status == "matched", line.reason
    resume = extract(
        "EXPERIENCE\nAnalyst, Acme\n2020 - 2024\n- Prepared budget vs. actuals for the CFO\n"
    )
    assert "financial-planning-and-analysis" in resume.skill_ids
