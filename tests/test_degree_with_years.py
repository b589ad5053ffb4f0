"""Degrees a posting accepts with years of experience: "PhD, or a Master's degree and 3+ years
of experience" asks for the doctorate, or the master's with its years; one level alone with
years ("a Bachelor's degree and 5+ years of experience") asks for the degree, the years being
the posting's experience."""

from __future__ import annotations

import pytest

from builders import posting_item, text_report

POSTING = """\
Senior Data Scientist

Requirements
- PhD in Statistics or Computer Science, or a Master's degree in Statistics and 3+ years of
  experience
- Python and SQL
"""


def resume(dates: str, degree: str = "M.S. Statistics, University of Texas, 2018") -> str:
    return (
        "Ana Ruiz\nana@example.com\n\nEXPERIENCE\n"
        f"Data Scientist | Acme | {dates}\n- Built churn models in Python and SQL\n\n"
        f"EDUCATION\n{degree}\n"
    )


@pytest.mark.parametrize(
    ("line", "level", "with_years"),
    [
        (
            "PhD in Statistics, or a Master's degree and 3 years of experience",
            "doctorate",
            (("masters-degree", 3.0),),
        ),
        (
            "Bachelor's degree with 5+ years of experience, or Master's degree with 3+ years",
            "bachelors-degree",
            (("bachelors-degree", 5.0), ("masters-degree", 3.0)),
        ),
        ("Bachelor's degree and 5+ years of experience in Python", "bachelors-degree", ()),
        ("Master's degree in Statistics or PhD", "masters-degree", ()),
    ],
)
def test_the_levels_a_posting_accepts_with_years(line: str, level: str, with_years) -> None:
    (degree,) = posting_item(line).education
    assert (degree.level, degree.with_years) == (level, with_years)


def test_a_masters_with_the_years_meets_it() -> None:
    (degree,) = text_report(resume("Jan 2019 - Dec 2024"), POSTING).education
    assert degree.status == "matched", degree.reason
    assert "Master's degree with 3 years" in degree.reason


def test_a_masters_with_fewer_years_meets_it_in_part() -> None:
    (degree,) = text_report(resume("Jan 2023 - Dec 2024"), POSTING).education
    assert degree.status == "partial" and degree.credit == pytest.approx(2 / 3, abs=0.01)


def test_the_doctorate_needs_no_years() -> None:
    phd = resume("Jan 2023 - Dec 2024", "Ph.D. Statistics, University of Texas, 2022")
    (degree,) = text_report(phd, POSTING).education
    assert degree.status == "matched", degree.reason


def test_a_masters_in_another_field_is_no_option() -> None:
    other = resume("Jan 2015 - Dec 2024", "M.A. History, University of Texas, 2014")
    (degree,) = text_report(other, POSTING).education
    assert degree.status != "matched"


def test_what_to_fix_first_is_the_years_not_the_degree() -> None:
    report = text_report(resume("Jan 2023 - Dec 2024"), POSTING)
    (degree,) = report.education
    assert degree.years_asked == 3
    (first,) = [f for f in report.summary.fix_first if f.requirement == degree.level]
    assert "work experience" in first.action and "3+ years" in first.action


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("a BS in Computer Science or related field", "bachelors-degree"),
        ("Candidates with a BA in Economics", "bachelors-degree"),
        # A business analyst, not a degree.
        ("Experience as a BA in agile teams", None),
        ("You must be a BA with 3 years", None),
    ],
)
def test_a_bs_or_a_ba(line: str, level: str | None) -> None:
    levels = [d.level for d in posting_item(line).education]
    assert levels == ([level] if level else [])


def test_a_bs_with_years_beside_higher_degrees() -> None:
    (degree,) = posting_item(
        "MS or PhD in Computer Science, or a BS with 4+ years of experience"
    ).education
    assert (degree.level, degree.with_years) == ("masters-degree", (("bachelors-degree", 4.0),))
