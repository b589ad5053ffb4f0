"""A store manager against a home-and-garden retailer's posting: "Grew comp sales 11%" shows
sales (a result the writer brought about, not a figure that rose); a store's inventory, its
P&L and its retail work are read; NCR beside cashiers and a POS is the register's maker, not a
nonconformance report."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Store Manager
Brightside Home & Garden - Store #214 | Boise, ID

What you'll do
- Drive sales and profitability: review P&L, control payroll and shrink, and hit weekly targets
- Manage inventory: receiving, cycle counts, markdowns and loss prevention

What you'll bring
- 3+ years of retail management experience, including 1+ year as a store manager
- Proficiency with POS systems
"""

RESUME = """\
Jessica Nguyen
Meridian, ID · 208-555-0174 · jessica.nguyen.retail@example.com

EXPERIENCE
Store Manager — Ridgeline Outdoor Supply, Boise, ID | Mar 2021 – Present
- Run a $7.5M store with 42 associates; own the store P&L
- Grew comp sales 11% in 2024 while holding payroll to 9.5% of sales
- Led receiving, inventory and markdowns; ran weekly cycle counts
- Trained cashiers on the NCR POS system
"""


def test_a_store_manager_against_a_retailers_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "sales",
        "inventory-management",
        "financial-management",
        "retail-industry",
        "pos-systems",
    ):
        line = assert_matched(report, skill)
        assert not line.listed_only, skill
    assert "nonconformance-management" not in {s.id for s in report.extra}


def test_sales_that_rose_of_themselves_claim_nothing() -> None:
    resume = extract(
        "EXPERIENCE\nAnalyst | Acme | 2020 - present\n- Sales rose 20% after launch\n",
        kind="resume",
    )
    assert "sales" not in {s.id for s in resume.skills}
