"""A technical recruiter against a talent acquisition posting: the applicant tracking systems
are products of their own (a Lever user earns part of Greenhouse), the recruiting CRMs and
sourcing tools are read, and the practice's terms (Boolean sourcing, intake meetings,
structured interviews, offer management) are skills; "outreach sequences" written plain are
no Outreach, the sales engagement product."""

from __future__ import annotations

import pytest

from builders import assert_all_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Technical Recruiter
Requirements
- 3+ years of full-cycle technical recruiting
- Hands-on experience with Greenhouse as an ATS
- Boolean search and sourcing on LinkedIn Recruiter
- Run intake meetings with hiring managers and structured interviews
- Own offer management and closing with candidates
"""

RESUME = """\
EXPERIENCE
Technical Recruiter - Ferro Robotics, Mar 2020 - Present
- Ran intake meetings with hiring managers for 40+ engineering requisitions a year
- Sourced passive candidates with Boolean search strings on LinkedIn Recruiter
- Trained 25 interviewers on structured interviews and scorecards
- Extended and negotiated offers; 88% offer acceptance rate
SKILLS
Lever (ATS), LinkedIn Recruiter, Boolean sourcing, offer management
"""


def test_a_recruiter_against_a_talent_acquisition_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(
        report,
        "boolean-sourcing",
        "linkedin-recruiter",
        "hiring-manager-intake",
        "structured-interviewing",
        "offer-management",
    )
    greenhouse = requirement_line(report, "greenhouse")
    assert greenhouse.status == "partial"


def test_outreach_sequences_written_plain_are_no_sales_product() -> None:
    item = posting_item("Build and nurture talent pipelines and outreach sequences in Gem")
    found = {s.id for s in item.skills}
    assert "outreach-io" not in found and "gem" in found


@pytest.mark.parametrize(
    "text", ["Reduced greenhouse gas emissions", "Used our network to lever new partnerships"]
)
def test_everyday_senses_are_no_recruiting_tools(text: str) -> None:
    found = {s.id for s in extract(f"Summary\n{text}\n", kind="resume").skills}
    assert found.isdisjoint({"greenhouse", "lever"})
