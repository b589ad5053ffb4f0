"""A line cook against a kitchen lead posting: food service is a category of its own
(food_service.toml), so cooking (with the years of "line cook experience"), food safety, the
ServSafe certificate, menu development and food cost control are asked and shown; a match
never runs across a line break into the next bullet ("ordering and inventory\\n- Control food
costs" holds no "inventory control")."""

from __future__ import annotations

import pytest

from builders import entry_resume, posting_item, requirement_line, text_report
from gapcheck import extract
from gapcheck.documents import Document

POSTING = """\
Kitchen Lead
Harvest Table Bistro - Portland, OR

What you'll do
- Run the line during service and keep tickets moving
- Maintain food safety and sanitation standards; keep temperature logs
- Help with menu development, ordering and inventory
- Control food costs and reduce waste

What you need
- 3+ years of line cook experience
- ServSafe Manager certification
"""

RESUME = """\
Dana Whitaker
dana.whitaker@example.com - (503) 555-0112

EXPERIENCE
Line Cook, Ember & Ash, Portland, OR - 2019 to present
- Ran the grill and saute stations on 250-cover nights
- Cut protein waste by 18% with par sheets and better stock rotation
- Kept temperature logs and passed every health inspection

CERTIFICATIONS
ServSafe Food Manager (2023)
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize("skill", ["cooking", "food-safety", "servsafe", "food-cost-control"])
def test_kitchen_work_is_asked_and_shown(report, skill):
    line = requirement_line(report, skill)
    assert line.status == "matched", line.reason


def test_line_cook_experience_asks_years_of_cooking(report):
    assert requirement_line(report, "cooking").min_years == 3


def test_no_match_runs_into_the_next_bullet():
    profile = posting_item("Help with ordering and inventory\n- Control food costs")
    assert "food-cost-control" in {s.id for s in profile.skills}


def test_a_hobby_or_a_trait_is_no_kitchen_skill():
    text = (
        "Sam Lee\nsam@example.com\n\nSUMMARY\nKnown for hospitality and a positive attitude.\n\n"
        + entry_resume("Account Manager", "Catering to the needs of enterprise clients")
        + "\nINTERESTS\nTravel, reading, cooking\n"
    )
    profile = extract(Document.from_text(text, source="resume.txt"), kind="resume")
    assert not {"cooking", "catering", "food-service-industry"} & {s.id for s in profile.skills}
