"""An HR generalist against an HR generalist's posting: the title "HR Generalist" is the role held
(years of HR); employment law (FMLA, ADA, FLSA, EEO), workers' compensation, onboarding and
benefits enrollment are HR skills; a bullet that opens with the skill shows it in use ("•
Onboard 15 new hires a month"); "SHRM-CP or PHR preferred" is one preferred certification; a
second language beside English shows a bilingual candidate."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line
from gapcheck import analyze, extract

POSTING = """\
HR Generalist
Kestrel Logistics · Columbus, OH · On-site

What you'll do
- Support the full employee lifecycle for 350 employees across two warehouses:
  onboarding, benefits enrollment, leave and offboarding
- Partner with managers on employee relations issues, investigations and performance
  improvement plans
- Administer FMLA, ADA accommodations and workers' compensation claims
- Maintain employee records and run reports in our HRIS (UKG)
- Coordinate bi-weekly payroll inputs with the payroll team
- Keep policies and the handbook compliant with federal and Ohio employment law

What you bring
- 3+ years of HR generalist experience, ideally in a warehouse, manufacturing or
  distribution setting
- Working knowledge of FMLA, ADA, FLSA and EEO
- Experience with an HRIS (UKG, Workday or ADP)
- SHRM-CP or PHR preferred
- Bilingual English/Spanish a plus
- Discretion with confidential information and strong interpersonal skills
"""

RESUME = """\
Angela Brooks, SHRM-CP
Columbus, OH | angela.brooks@example.com | 614-555-0187

Professional Summary
HR generalist with 5 years supporting hourly and salaried teams in manufacturing and
distribution. Known for fair, well-documented employee relations work.

Professional Experience
HR Generalist | Buckeye Manufacturing | Columbus, OH | 2021 – Present
• Onboard 15–20 new hires a month and run benefits open enrollment for 420 employees
• Investigate employee relations complaints and coach supervisors on documentation and PIPs
• Administer FMLA and ADA leave and accommodation requests and workers' comp claims
• Maintain employee data in ADP Workforce Now and build headcount and turnover reports
• Send weekly payroll changes to the payroll specialist and resolve pay discrepancies

HR Assistant | Midwest Distribution Co. | Grove City, OH | 2019 – 2021
• Processed new-hire paperwork, I-9s and E-Verify; scheduled interviews for 3 recruiters
• Kept personnel files confidential and audit-ready

Education
B.S. Human Resource Management, Ohio University, 2019

Skills
Employee relations, FMLA/ADA, onboarding, benefits administration, HRIS (ADP), Excel,
Spanish (conversational)
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_the_title_held_gives_the_years_of_hr(report) -> None:
    line = requirement_line(report, "human-resources")
    assert line.status == "matched" and (line.resume_years or 0) >= 3


@pytest.mark.parametrize(
    "skill",
    ["employment-law", "workers-compensation", "employee-onboarding", "compensation-and-benefits"],
)
def test_hr_work_is_asked_and_shown_in_use(report, skill: str) -> None:
    line = requirement_line(report, skill)
    assert line.status == "matched" and not line.listed_only, (skill, line.reason)


def test_one_preferred_certification(report) -> None:
    line = requirement_line(report, "hr-certification")
    assert line.importance == "preferred" and line.skills == ("hr-certification",)
    assert not [s for s in report.requirements if any(m.startswith("other:") for m in s.skills)]


def test_a_second_language_beside_english_shows_a_bilingual_candidate(report) -> None:
    line = requirement_line(report, "multilingualism")
    assert line.credit_kind == "implied" and line.credited_through == "spanish"  # conversational
    fluent = RESUME.replace("Spanish (conversational)", "Spanish (fluent)")
    line = requirement_line(analyze(fluent, POSTING), "multilingualism")
    assert line.status == "matched"


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        ("Led customer onboarding for 40 enterprise accounts", "employee-onboarding", False),
        ("Onboarded 12 new hires and ran their orientation", "employee-onboarding", True),
        ("Maintains the personal PHR of each patient", "hr-certification", False),
    ],
)
def test_words_of_hr_in_other_senses(text: str, skill: str, shown: bool) -> None:
    resume = extract(entry_resume("Analyst, Acme   2019 - 2024", text, dates=None))
    assert (skill in resume.skill_ids) is shown
