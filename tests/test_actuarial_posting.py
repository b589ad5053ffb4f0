"""A pricing actuarial analyst against a P&C pricing posting: actuarial science (no longer a
name of the insurance industry), ratemaking, loss reserving, the CAS's exams and WTW's pricing
software are read; an "Actuarial Exams" heading holds credentials; a GLM is a predictive model;
a resume's "Radar" in a list of tools is no pricing software without its vendor's name."""

from __future__ import annotations

from builders import assert_matched, requirement_line, text_report
from gapcheck import extract
from gapcheck.components.sections import find_sections

POSTING = """\
Actuarial Analyst II – Pricing (Personal Auto)
Summit Ridge Insurance Group • Hartford, CT

Key Responsibilities
- Develop GLMs for frequency and severity and translate them into rating factors
- Prepare rate indications, including loss development, trend and on-level premium
- Build predictive models for new rating plans

Qualifications
- Bachelor's degree in Actuarial Science, Mathematics, Statistics or a related field
- 2-4 years of actuarial experience in property & casualty insurance
- Progress toward ACAS: at least 3 CAS exams passed

Nice to Have
- Emblem or Radar experience
"""

RESUME = """\
Daniel Kowalczyk
Providence, RI | daniel.kowalczyk@example.net

ACTUARIAL EXAMS
CAS Exams passed: 1 (Probability), 2 (Financial Mathematics), 5 (Basic Ratemaking)

EXPERIENCE
Actuarial Analyst | Narragansett Mutual Insurance Company | Lincoln, RI
July 2022 – Present
• Fitted frequency/severity GLMs in Emblem and R for auto pricing
• Produced quarterly rate indications: loss development triangles and trend selection

EDUCATION
B.S. Mathematics, concentration in Actuarial Science — University of Rhode Island, May 2022
"""


def test_an_actuarial_analyst_against_a_pricing_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "actuarial-science",
        "ratemaking",
        "loss-reserving",
        "generalized-linear-models",
        "cas-credential",
        "wtw-emblem",
    ):
        assert_matched(report, skill)
    predictive = requirement_line(report, "predictive-modeling")
    assert predictive.status == "partial" and predictive.credit == 0.75  # implied by the GLMs
    (degree,) = report.education
    assert "actuarial-science" in degree.fields


def test_an_exams_heading_holds_credentials() -> None:
    names = {s.heading: s.name for s in find_sections(RESUME, "resume")}
    assert names["ACTUARIAL EXAMS"] == "certifications"


def test_radar_alone_is_no_pricing_software() -> None:
    resume = extract("Skills\nOther Tools: Radar, Espresso, SQL Developer\n", kind="resume")
    assert "wtw-radar" not in {s.id for s in resume.skills}
