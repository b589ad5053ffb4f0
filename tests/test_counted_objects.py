"""A count between a verb and its object is passed over: "Trained 40 staff" is "trained staff",
"Managed 12 projects" is "managed projects"; a year or a version is not ("SQL 2000 database"
names SQL, not "SQL database")."""

from __future__ import annotations

import pytest

from gapcheck import extract


def _skills(bullet: str) -> dict[str, list[str]]:
    text = f"EXPERIENCE\nAnalyst, Acme, 2019 - 2023\n- {bullet}\n"
    return {s.id: [m.text for m in s.mentions] for s in extract(text, kind="resume").skills}


@pytest.mark.parametrize(
    ("bullet", "skill", "text"),
    [
        ("Trained 40 staff on Salesforce", "training-and-development", "Trained 40 staff"),
        ("Trained 15+ employees each quarter", "training-and-development", "Trained 15+ employees"),
        ("Managed 12 projects across three sites", "project-management", "Managed 12 projects"),
        ("Led 3 teams of analysts", "team-leadership", "Led 3 teams"),
    ],
)
def test_a_count_between_a_verb_and_its_object(bullet: str, skill: str, text: str) -> None:
    assert _skills(bullet)[skill] == [text]


def test_a_year_or_version_is_no_count() -> None:
    found = _skills("Administered Microsoft SQL 2000 databases for payroll")
    assert "relational-databases" not in found
    assert "sql-server" in found
