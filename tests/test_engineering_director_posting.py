"""An engineering leader against a director of engineering posting: the leadership asks are read
("Lead, coach and grow engineering managers" asks for coaching, the second of a bullet's verbs;
"4+ years managing managers" for people management; "Track record of scaling teams and
developing leaders" for team building and leadership), and so is the resume's evidence ("Grew
the org from 14 to 38 engineers", titles separated by "→" and "·", "Own a CA$9M budget")."""

from __future__ import annotations

import pytest

from builders import assert_matched, entry_resume, posting_item, text_report
from gapcheck import extract

POSTING = """\
Director of Engineering, Payments Platform

About Kestrel Pay
We move $30B a year for 40,000 merchants across North America.

The opportunity
You'll lead four teams (about 30 engineers and 4 engineering managers) that own card processing,
  payouts and the ledger. You'll set technical direction with the principal engineers, hire and
  grow managers, and partner with Product, Risk and Compliance on a roadmap that balances new
  markets with reliability.

What you'll do
- Lead, coach and grow engineering managers; build a culture of ownership and blameless learning
- Own delivery for a multi-quarter roadmap; run quarterly planning and track OKRs
- Drive reliability: SLOs, incident management and capacity planning for systems that must not go
  down
- Hire: grow the organization from 30 to 45 engineers in 2027
- Manage a budget for headcount, vendors and cloud spend

What we're looking for
- 10+ years in software engineering, including 4+ years managing managers
- Experience leading distributed systems teams in payments, banking or another regulated industry
- Strong technical background in Java or Go and cloud infrastructure (AWS preferred)
- Track record of scaling teams and developing leaders
- Excellent communication with executives and non-technical stakeholders
- PCI DSS knowledge is a plus
"""

RESUME = """\
Sofia Marchetti
Toronto, ON · sofia.marchetti@example.com · (416) 555-0178

Engineering leader who builds calm, reliable teams. 16 years in software, the last 7 leading
  managers in fintech.

EXPERIENCE

Senior Engineering Manager → Head of Engineering, Core Banking · Northwind Bank (Toronto)
2019 – present
• Lead 5 teams (38 engineers, 5 managers) owning accounts, transfers and the general ledger on AWS
• Grew the org from 14 to 38 engineers; promoted 3 engineers to engineering managers and coached
  them through their first year
• Introduced SLOs and a blameless incident review process; availability rose from 99.5% to 99.95%
• Ran quarterly planning with Product and Risk; delivered the Interac e-Transfer integration on
  time for launch
• Own a CA$9M budget (headcount, vendors, AWS); cut cloud spend 18% in 2023

Engineering Manager · Shopify (Ottawa)
2015 – 2019
• Managed the checkout payments team (9 engineers); shipped multi-currency support in 18 countries
• Partnered with compliance on PCI DSS scope reduction for card data

Senior Software Engineer · OpenText (Waterloo)
2010 – 2015
• Built distributed document-processing services in Java; on-call for Tier 1 systems

EDUCATION
B.A.Sc. Computer Engineering, University of Waterloo, 2010
"""


def test_an_engineering_leader_against_a_director_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("coaching", "people-management", "team-building", "budgeting"):
        assert_matched(report, skill)
    people = assert_matched(report, "people-management")
    assert people.min_years == 4 and people.resume_years and people.resume_years > 4


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Lead, coach and grow engineering managers", "coaching"),
        ("Hire and grow managers across four teams", "team-building"),
    ],
)
def test_a_bullets_later_verb_is_a_duty(line: str, skill: str) -> None:
    assert skill in {s.id for s in posting_item(line, "What you'll do").skills}


def test_a_title_after_a_middle_dot_names_its_practice() -> None:
    resume = entry_resume("Engineering Manager · Shopify (Ottawa)", "Managed the payments team")
    assert "people-management" in {s.id for s in extract(resume, kind="resume").skills}
