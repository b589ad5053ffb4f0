"""A sales associate against a retail posting: when one can work ("Weekend and holiday
availability") is no skill; the till and the cash are (POS systems, cash handling); serving
customers shows customer service; a resume written in English shows English; and "Bilingual
Spanish/English" is one requirement, which a resume without Spanish misses."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line
from gapcheck import analyze, extract

POSTING = """\
Retail Sales Associate
Northpeak Outfitters — Boise, ID

What you'll do
- Greet customers, learn what they need and recommend the right gear.
- Run the register (POS), process returns and handle cash accurately.
- Restock shelves, build displays and keep the sales floor clean and organised.
- Meet weekly sales and loyalty sign-up goals.

What you bring
- 1+ year of retail or customer service experience.
- Friendly, outgoing and comfortable talking with strangers.
- Able to stand for long shifts and lift 30 lbs.
- Weekend and holiday availability.
- Bilingual Spanish/English is a plus.
"""

RESUME = """\
Jordan Lee
Boise, ID · jordan.lee@example.com · (208) 555-0172

EXPERIENCE
Sales Associate, Trailhead Sports, Boise, ID — 2022 to present
- Helped 50+ customers a day choose footwear and camping gear; top seller in Q3 2023.
- Ran the POS register, processed returns and balanced the cash drawer each night.
- Built seasonal displays and restocked the floor after deliveries.

Barista, Basin Coffee Co., Boise, ID — 2020 to 2022
- Served customers at a busy downtown cafe; trained 4 new baristas.

SKILLS
Customer service, cash handling, POS systems (Square, Lightspeed), visual merchandising,
inventory restocking, upselling
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_availability_is_no_skill(report) -> None:
    assert not any(s.startswith("other:") for r in report.requirements for s in r.skills)


def test_the_till_the_cash_and_the_customers(report) -> None:
    for skill in ("pos-systems", "cash-handling", "customer-service"):
        assert requirement_line(report, skill).status == "matched", skill
    assert requirement_line(report, "customer-service").resume_years


def test_a_resume_in_english_shows_english() -> None:
    line = requirement_line(analyze(RESUME, "Requirements\n- Fluent English\n"), "english")
    assert (line.status, line.credit_kind) == ("matched", "direct")


def test_bilingual_spanish_english_is_one_requirement(report) -> None:
    line = requirement_line(report, "multilingualism")
    assert line.label == "Multilingualism (Spanish, English)" and line.status == "missing"
    assert "Spanish" in line.reason and "English" in line.reason
    assert not [r for r in report.requirements if {"english", "spanish"} & set(r.skills)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ran the POS register and processed returns.", True),
        ("Trained a POS tagger for Spanish text.", False),
    ],
)
def test_pos_in_its_sense(text: str, found: bool) -> None:
    resume = extract(entry_resume("Associate, Acme   2019 - 2024", text, dates=None))
    assert ("pos-systems" in {s.id for s in resume.skills}) is found, text
