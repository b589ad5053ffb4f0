"""A captive agency's insurance agent against an independent agency's posting: the P&C and the
life and health licences are two licences, quoting and binding is insurance sales, policy
reviews and endorsements are policy servicing, a comparative rater is an agency system."""

from __future__ import annotations

from builders import assert_matched, text_report

POSTING = """\
Licensed Insurance Agent (P&C)
Miller Family Insurance Agency · Columbus, OH

Responsibilities
- Quote and bind personal lines policies across 10+ carriers using our comparative rater
- Cross-sell umbrella and life coverage during annual policy reviews
- Process endorsements, cancellations and billing questions in Applied Epic

Requirements
- Active Ohio Property & Casualty license
- 1+ year in insurance sales or customer service
- Life & Health license a plus
"""

RESUME = """\
Brianna Cole
Grove City, OH · brianna.cole@example.com · 614-555-0183

LICENSES
Ohio Life & Health License, 2023

EXPERIENCE
Insurance Sales Agent — State Farm (Tom Reyes Agency), Columbus, OH      2022 – Present
• Quote and bind auto, homeowners and renters policies; 38 new households a month
• Run annual insurance reviews and cross-sell umbrella and term life coverage
"""


def test_an_agent_with_a_life_licence_against_a_pc_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("policy-servicing", "life-health-insurance-license"):
        assert_matched(report, skill)
    sales = assert_matched(report, "insurance-sales")
    assert sales.credit == 1 and not sales.years_shortfall
    # a life and health licence is no P&C licence
    pc = next(r for r in report.requirements if "pc-insurance-license" in r.skills)
    assert pc.status == "missing"
    rater = next(r for r in report.requirements if "agency-management-systems" in r.skills)
    assert rater.status != "matched"
