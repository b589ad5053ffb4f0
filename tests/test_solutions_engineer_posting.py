"""A solutions engineer against a SaaS vendor's posting: security questionnaires and security
reviews are security audits, shown by the resume's questionnaires; a seller's RFIs beside its
RFPs are no construction submittals, a site's RFIs beside its submittals are."""

from __future__ import annotations

from builders import assert_all_matched, posting_item, text_report

POSTING = """\
Solutions Engineer
Ledgerline - Chicago, IL

What you'll do
- Own technical responses to RFPs, RFIs and security questionnaires (SOC 2, SIG Lite)

What you'll need
- Experience with RFPs and security reviews
"""

RESUME = """\
Marisol Ortega
Chicago, IL · marisol.ortega@example.com

EXPERIENCE
Senior Sales Engineer | Paylane | Chicago, IL | 2019 - Present
- Owned technical sections of 25+ RFPs/RFIs and security questionnaires (SOC 2 Type II, CAIQ)
"""


def test_a_solutions_engineer_against_a_saas_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(report, "security-audits", "soc-2")
    asked = {skill for line in report.requirements for skill in line.skills}
    assert "submittals-and-rfis" not in asked


def test_a_sites_rfis_are_still_read() -> None:
    item = posting_item("Manage RFIs and submittals with the architect and subcontractors")
    assert "submittals-and-rfis" in {s.id for s in item.skills}
