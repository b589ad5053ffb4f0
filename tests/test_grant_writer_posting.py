"""A grants manager against a youth nonprofit's grant writer posting: grant writing, federal
grants, fundraising, logic models, budget narratives and donor databases are read, not folded
into "the nonprofit sector"; grant writing implies written communication; "a track record of
awards" is no skill; a title of two names asks for nothing beyond the two skills its posting
asks for each on its own."""

from __future__ import annotations

from builders import assert_matched, requirement_line, text_report

POSTING = """\
Grant Writer / Development Associate
Harbor Youth Alliance (nonprofit) | Baltimore, MD

Responsibilities
- Research prospects and write 40+ grant proposals and reports a year to foundations
- Build program budgets and budget narratives with the finance director
- Work with program staff on logic models, outcomes and evaluation data for reports
- Support annual fund appeals and donor stewardship

Qualifications
- 2+ years of grant writing experience with a track record of awards
- Excellent writing and editing skills
- Experience with federal grants (Grants.gov) preferred
- A donor database (Salesforce, Raiser's Edge or Bloomerang)
"""

RESUME = """\
Nadia Brooks
Baltimore, MD | nadia.brooks.writes@example.com | 410-555-0117

EXPERIENCE
Grants Manager, Chesapeake Learning Partners, Baltimore, MD | 2020 - present
- Write 35-45 proposals and reports a year; won two federal awards submitted through Grants.gov
- Draft program budgets and budget narratives with the CFO
- Work with program directors on logic models and outcome measures
- Track proposals, deadlines and awards in Raiser's Edge NXT
- Wrote year-end appeal letters and donor acknowledgments
"""


def test_a_grants_manager_against_a_grant_writer_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "grant-writing",
        "federal-grants",
        "fundraising",
        "program-evaluation",
        "budgeting",
        "donor-management-software",
    ):
        assert_matched(report, skill)
    assert requirement_line(report, "written-communication").credit_kind == "implied"
    asked = [r.skills for r in report.requirements]
    assert ("grant-writing", "fundraising") not in asked  # the title's two names
    assert not [s for s in asked if any("track" in m for m in s)]
