"""Years a resume states beside a skill in a table of its skills ("SQL | 8 years | Expert"),
as it states them after a colon or a dash ("Go: 3 years")."""

from __future__ import annotations

import pytest

from gapcheck import extract


@pytest.mark.parametrize(
    ("line", "skill", "years"),
    [
        ("SQL | 8 years | Expert", "sql", 8.0),
        ("Tableau | 2 yrs | Intermediate", "tableau", 2.0),
        ("Go: 3 years", "go", 3.0),
        ("Python | Expert", "python", None),
    ],
)
def test_years_beside_a_skill(line: str, skill: str, years: float | None) -> None:
    resume = extract(f"Jane Roe\njane@example.com\n\nSKILLS\nSkill | Years | Level\n{line}\n")
    found = resume.skill(skill)
    assert found is not None and found.years == years
