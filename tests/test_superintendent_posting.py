"""A construction superintendent against a general contractor's posting: ground-up builds,
three-week look-aheads from the master schedule, coordinated subcontractors and the
superintendent's role itself are read."""

from __future__ import annotations

from builders import assert_matched, text_report

POSTING = """\
Construction Superintendent - Commercial
Ironwood Builders | Nashville, TN

Responsibilities
- Run the jobsite day to day: schedule and coordinate subcontractors, deliveries and inspections
- Build and maintain the three-week look-ahead schedule from the master schedule in P6

Qualifications
- Experience with ground-up projects over $10M
- Degree in construction management or related field preferred
"""

RESUME = """\
Robert Hale
Murfreesboro, TN | 615-555-0188 | bobby.hale.builds@example.com

EXPERIENCE
Superintendent — Cumberland General Contractors, Nashville, TN (2020 – present)
- Ran ground-up builds from $12M to $38M: a medical office building and a charter school
- Coordinated 25+ subcontractors a day; built three-week look-aheads from the P6 master schedule
"""


def test_a_superintendent_against_a_general_contractors_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("ground-up-construction", "construction-scheduling", "construction-management"):
        line = assert_matched(report, skill)
        assert not line.listed_only, skill
