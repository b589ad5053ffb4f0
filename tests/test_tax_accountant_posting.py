"""A tax senior against a CPA firm's senior tax accountant posting: the returns by their forms
(1065, 1120-S, 1120, 1040), the ASC 740 provision, the firm's tax software and Checkpoint for
research are read; "Staff Accountant" gives its years to accounting; a preferred item's own
"experience:" label ("State and local tax (SALT) experience: nexus, ...") opens no section of
required skills; Check Point's firewalls stay apart from the tax research service."""

from __future__ import annotations

from builders import assert_all_matched, posting_item, text_report
from gapcheck import extract

POSTING = """\
Senior Tax Accountant
Whitcomb & Reyes CPAs - Minneapolis, MN

Responsibilities
• Prepare and review Forms 1120, 1120-S, 1065 and 1040, including multi-state filings
• Prepare income tax provisions under ASC 740 for audit clients
• Research technical issues in Checkpoint; document conclusions in written memos

Required qualifications
• Proficiency in CCH Axcess Tax or UltraTax CS

Preferred
• State and local tax (SALT) experience: nexus, apportionment, PTE tax elections
• Exposure to R&D credit studies or cost segregation
"""

RESUME = """\
Marcus Halvorsen, CPA
St. Paul, MN · marcus.halvorsen@example.net

Professional Experience
Tax Senior, Ostrander & Beal LLP, Bloomington, MN                     May 2022 – Present
- Prepare and review about 90 returns per season: Forms 1065, 1120S, 1120 and owner 1040s
- Compute income tax provisions under ASC 740 for 8 audit clients
- Research in Thomson Reuters Checkpoint and document positions in memos

Staff Accountant - Tax, Ostrander & Beal LLP, Bloomington, MN         Sep 2020 – Apr 2022
- Prepared quarterly estimates and year-end projections for business owners

Software
UltraTax CS, CCH Axcess Tax, Checkpoint, QuickBooks Online
"""


def test_a_tax_senior_against_a_cpa_firms_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(
        report,
        "partnership-taxation",
        "s-corporation-taxation",
        "corporate-tax-returns",
        "individual-tax-returns",
        "tax-provision",
        "checkpoint",
        "cch-axcess",
    )


def test_a_preferred_items_experience_label_opens_no_section() -> None:
    profile = extract(POSTING, kind="job")
    importance = {skill.id: skill.importance for skill in profile.skills}
    assert importance["tax-credits"] == importance["cost-segregation"] == "preferred"


def test_a_staff_accountant_shows_accounting_by_the_title() -> None:
    profile = extract(RESUME, kind="resume")
    (accounting,) = [skill for skill in profile.skills if skill.id == "accounting"]
    assert accounting.usage == "experience" and (accounting.years or 0) > 1.5


def test_check_points_firewalls_are_no_tax_research() -> None:
    item = posting_item("Manage Checkpoint and Palo Alto firewalls and VPN tunnels")
    found = {s.id for s in item.skills}
    assert "check-point" in found and "checkpoint" not in found
