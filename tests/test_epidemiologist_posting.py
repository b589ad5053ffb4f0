"""An applied epidemiologist against a county health department's posting: the work of
epidemiology is read (case investigation and contact tracing, outbreak investigation,
surveillance, study design); "Present weekly updates to the deputy director" shows
presentation skills, "2022 - present" does not; the places a duty is done in ("in long-term
care facilities, schools and restaurants") are no skill asked; an MPH in epidemiology meets
"a master's in epidemiology, biostatistics or a related field"."""

from __future__ import annotations

from builders import assert_matched, entry_resume, text_report
from gapcheck import extract

POSTING = """\
Epidemiologist II - Communicable Disease
Maricopa County Department of Public Health | Phoenix, AZ

Essential functions
- Conduct case investigations and contact tracing for reportable communicable diseases
- Lead outbreak investigations in long-term care facilities, schools and restaurants
- Design and run descriptive and analytic studies (case-control, cohort)
- Present findings to public health leadership, partners and the public

Minimum qualifications
- Master of Public Health (MPH) or master's in epidemiology, biostatistics or a related field
- 2 years of experience in applied epidemiology or public health surveillance
"""

RESUME = """\
Aisha Rahman, MPH
Tempe, AZ | aisha.rahman.epi@example.com | (480) 555-0166

EXPERIENCE
Epidemiologist I, Arizona Department of Health Services, Phoenix, AZ — 08/2022 – present
- Investigate 40+ reportable disease cases a month and coordinate contact tracing
- Led 6 foodborne outbreak investigations, including a case-control study of a Salmonella cluster
- Publish a weekly surveillance report from MEDSIS extracts
- Present weekly situation updates to the deputy director and local health officers

EDUCATION
Master of Public Health (Epidemiology), Arizona State University, 2022
"""


def test_an_epidemiologist_against_a_health_departments_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "case-investigation",
        "outbreak-investigation",
        "study-design",
        "presentation-skills",
        "epidemiology",
    ):
        line = assert_matched(report, skill)
        assert not line.listed_only, skill
    asked = {s for r in report.requirements for s in r.skills}
    assert "long-term-care" not in asked
    (degree,) = report.education
    assert degree.status == "matched", degree.reason


def test_present_in_a_date_range_is_no_presentation() -> None:
    resume = extract(
        entry_resume("Analyst, Acme", "Built reports for the director", dates="2019 - Present"),
        kind="resume",
    )
    assert "presentation-skills" not in {s.id for s in resume.skills}
