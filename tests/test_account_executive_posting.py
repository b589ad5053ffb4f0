"""A SaaS account executive against a mid-market AE posting: the buyers' offices ("VPs of
Finance") are no skill asked; the items after a colon detail the duty before it; the
employer described in brackets on the title line ("Ledgerline (AP automation SaaS)") dates
the field; the posting's title names the role, asked whatever a later "ideally" prefers; a
list going on after a comma is no heading."""

from __future__ import annotations

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Account Executive, Mid-Market
Tallyhq - Remote (US)

What you'll do
- Run the full sales cycle from first meeting to signed contract: discovery, demos, business
  cases, mutual action plans, negotiation and close
- Sell to CFOs, controllers and VPs of Finance, and multi-thread across procurement and legal

What we're looking for
- 3+ years of closing experience in B2B SaaS, ideally selling to finance buyers
- Excellent written communication and presentation skills
"""

RESUME = """\
PRIYA NAIR
Atlanta, GA · priya.nair@example.com · (404) 555-0119

EXPERIENCE
Account Executive, Commercial — Ledgerline (AP automation SaaS), Atlanta, GA
Feb 2021 – Present
• Own deals end to end: discovery calls, tailored demos, ROI business cases and contract
  negotiation with controllers and CFOs
• Closed $1.1M in new ARR in 2023 (128% of quota)

SKILLS
Salesforce, Gong, negotiation, forecasting,
presentations
"""


def test_an_account_executive_against_a_mid_market_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("business-case-development", "negotiation", "saas", "sales"):
        line = assert_matched(report, skill)
        assert not line.listed_only, skill
    assert requirement_line(report, "sales").importance == "required"
    assert not requirement_line(report, "saas").years_shortfall
    assert_matched(report, "presentation-skills")
    asked = {s for r in report.requirements for s in r.skills}
    assert "finance" not in asked  # the buyers' office


def test_slides_made_are_no_presentation_skills() -> None:
    assert not posting_item("Prepare reports and presentations for the leadership team").skills
    deck = posting_item("Create board-ready presentations in PowerPoint for the CFO")
    assert [s.id for s in deck.skills] == ["microsoft-powerpoint"]
    shown = extract(
        "EXPERIENCE\nAnalyst | Acme | 2020 - present\n- Gave presentations to the board\n",
        kind="resume",
    )
    assert "presentation-skills" in {s.id for s in shown.skills}
