"""A startup's posting written with emoji: emoji open its headings ("✅ What we're looking
for") and its bullets ("👉 Own our ELT pipelines", "🔹 Expert SQL"); a line after a line with
the same emoji is an item, not a heading ("🔸 Experience with Fivetran or Airbyte" had opened
a section of requirements under "💎 Nice to have"); the title and headings are read without
their emoji; "3+ years as a data engineer" states the experience asked."""

from __future__ import annotations

import pytest

from builders import text_report
from gapcheck import extract
from gapcheck.components.sections import find_sections

POSTING = """\
🚀 Data Engineer

👋 About us
We help 2,000 restaurants forecast demand.

🛠️ What you'll do
👉 Own our ELT pipelines in dbt and Airflow
👉 Model data in Snowflake for analytics

✅ What we're looking for
🔹 3+ years as a data engineer
🔹 Expert SQL and solid Python

💎 Nice to have
🔸 Terraform
🔸 Experience with Fivetran or Airbyte

🎁 Perks
🌴 Unlimited PTO and a learning budget (Coursera, O'Reilly)
"""

RESUME = """\
Lena Fischer
lena.fischer@example.com

EXPERIENCE
Data Engineer, Rosterly | 2021 - 2025
✅ Built 300 dbt models on Snowflake, scheduled in Airflow
✅ Moved 40 sources to Fivetran

SKILLS
SQL, Python, dbt, Airflow, Snowflake
"""


@pytest.fixture(scope="module")
def posting():
    return extract(POSTING, kind="job")


def test_emoji_headings_and_items() -> None:
    sections = [(s.name, s.heading) for s in find_sections(POSTING, "job")]
    assert sections == [
        ("title", "Data Engineer"),
        ("about", "About us"),
        ("responsibilities", "What you'll do"),
        ("requirements", "What we're looking for"),
        ("preferred", "Nice to have"),
        ("benefits", "Perks"),
    ]


def test_what_each_section_asks(posting) -> None:
    levels = {s.id: s.importance for s in posting.skills}
    assert levels["dbt"] == levels["sql"] == "required"
    assert levels["terraform"] == levels["fivetran"] == levels["airbyte"] == "preferred"
    assert levels.get("coursera") is None  # a perk
    assert posting.experience_years == 3


def test_emoji_bullets_of_a_resume_are_bullets() -> None:
    report = text_report(RESUME, POSTING)
    (line,) = [r for r in report.requirements if "dbt" in r.skills]
    assert line.status == "matched" and not line.listed_only
    (results,) = [c for c in report.ats_checks if c.id == "measurable-results"]
    assert results.message.startswith("2 of 2 bullets")
