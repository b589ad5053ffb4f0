"""A financial planner against an RIA's advisor posting: a household's financial plans are
personal financial planning, not a company's FP&A; the securities licences, the planning
software, the custodians by their short names (not the employer "Fidelity Investments") and
rebalanced portfolios are read."""

from __future__ import annotations

from builders import assert_matched, posting_item, text_report

POSTING = """\
Financial Advisor
Riverbend Wealth Partners | Columbus, OH

What you'll do
- Build comprehensive financial plans covering retirement, education, tax and estate goals
- Manage client portfolios using our model portfolios and rebalance with our investment team
- Prepare plans and reports in eMoney
- Open and service accounts at Schwab and Fidelity

Requirements
- Series 65 (or Series 7 and 66) required
- 3+ years of experience in financial planning or wealth management
"""

RESUME = """\
Grace Whitfield, CFP
Columbus, OH · grace.whitfield@example.com · (614) 555-0139

EXPERIENCE
Associate Wealth Advisor — Buckeye Financial Group, Columbus, OH (2020 – present)
• Build financial plans in eMoney and MoneyGuidePro for 140 households ($310M AUM)
• Rebalance portfolios to the firm's model portfolios and run tax-loss harvesting
• Open and transfer accounts at Schwab

LICENSES
FINRA Series 7 and Series 66
"""


def test_a_financial_planner_against_an_advisor_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "personal-financial-planning",
        "portfolio-rebalancing",
        "financial-planning-software",
        "custodial-platforms",
        "securities-licenses",
    ):
        assert_matched(report, skill)
    asked = {s for r in report.requirements for s in r.skills}
    assert "financial-planning-and-analysis" not in asked


def test_financial_planning_among_budgets_is_fpa() -> None:
    item = posting_item(
        "Lead financial planning: the annual budget, forecasts and variance reviews"
    )
    assert "financial-planning-and-analysis" in {s.id for s in item.skills}
