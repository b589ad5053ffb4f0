"""A product-manager posting: the role named in the entries' titles (also a long title line),
a tool named in the posting's title and asked in an either/or group, and the headline's word
for a matched requirement that still loses points."""

from __future__ import annotations

from gapcheck import analyze, extract

RESUME = """\
Noor Haddad
noor.haddad@example.com | (415) 555-0132

EXPERIENCE
Product Manager, Payments - Tillpoint, San Francisco, CA (Mar 2021 - Jun 2026)
- Own the roadmap for ACH and card payouts used by 8,000 merchants

Associate Product Manager - Brightlane (B2B scheduling SaaS), Oakland, CA (Jun 2018 - Feb 2021)
- Managed the backlog in Jira and ran sprint planning for two squads

SKILLS
SQL, Looker, Jira, Figma
"""

POSTING = """\
Senior Product Manager, Payments

You have
- 5+ years of product management experience in fintech or payments
- Experience with Jira and Figma
"""


def test_a_product_managers_entries_all_count_for_product_management() -> None:
    skills = {s.id: s for s in extract(RESUME, kind="resume").skills}
    management = skills["product-management"]
    assert management.usage == "experience"
    assert management.years is not None and management.years >= 7.5


def test_a_tool_in_the_posting_title_asked_in_a_group_is_asked_once() -> None:
    posting = (
        "Product Manager, Salesforce Platform\n\nYou have\n"
        "- 5+ years of product management experience\n- Experience with Salesforce or HubSpot\n"
    )
    report = analyze(RESUME, posting)
    with_salesforce = [r.skills for r in report.requirements if "salesforce" in r.skills]
    assert with_salesforce == [("salesforce", "hubspot")]


def test_the_headline_says_why_a_matched_requirement_loses_points() -> None:
    report = analyze(RESUME, POSTING)
    assert report.summary is not None
    assert "Figma (listed only)" in report.summary.headline
    assert "(matched)" not in report.summary.headline


def test_years_in_a_domain_or_another_form_one_either_or_requirement() -> None:
    posting = "You have\n- 2+ years in fintech or payments\n- 2+ years in a fast-paced startup\n"
    report = analyze(RESUME, posting)
    assert [r.skills for r in report.requirements] == [("fintech", "other:payments")]
    assert report.requirements[0].status == "matched"  # "Product Manager, Payments"
