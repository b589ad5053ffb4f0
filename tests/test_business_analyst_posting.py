"""A business analyst against a business analyst posting: a title that names a role ("Business
Analyst, Claims Technology") is a role held, not a "skills" heading, and shows the practice the
role does (business analysis), as does "Business analyst with four years"; "3–5 years of
experience as a business analyst" asks for 3 years of business analysis ("3–5" is one token);
"Led requirements workshops" shows facilitation; a degree "in Business" is a field; ECBA, CCBA
and CBAP are three certifications, not one."""

from __future__ import annotations

import pytest

from builders import requirement_line, text_report
from gapcheck import extract
from gapcheck.components.sections import find_sections
from gapcheck.documents import Document

POSTING = """\
Business Analyst - Claims Systems
Harborview Mutual Insurance | Hartford, CT

Key Responsibilities:
1. Elicit and document business requirements through interviews and workshops.
2. Perform gap analysis and impact assessments for proposed changes.

Qualifications:
- Bachelor's degree in Business, Information Systems or a related field.
- 3–5 years of experience as a business analyst, ideally in insurance.
- Excellent facilitation and stakeholder management skills.
- CBAP or CCBA certification is a plus.
"""

RESUME = """\
MARCUS BELL
marcus.bell@example.com  •  (860) 555-0133

Business analyst with four years in property and casualty insurance.

EXPERIENCE

Business Analyst, Claims Technology
Northeast Casualty Group — Hartford, CT                     Aug 2021 – Present
  - Led requirements workshops with claims adjusters; wrote 140 user stories in Jira

EDUCATION
B.S. Business Administration, University of Connecticut, 2019

CERTIFICATIONS
ECBA (IIBA), 2020
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_a_title_naming_a_role_is_no_heading():
    names = [s.name for s in find_sections(RESUME, "resume")]
    assert "skills" not in names
    assert names.count("experience") == 1


def test_the_role_shows_its_practice_with_its_years(report):
    line = requirement_line(report, "business-analysis")
    assert line.status == "matched", line.reason
    assert line.min_years == 3
    assert not line.years_shortfall


def test_led_workshops_show_facilitation(report):
    assert requirement_line(report, "facilitation").status == "matched"


def test_a_degree_in_business_is_a_field(report):
    (degree,) = report.education
    assert "business-administration" in degree.fields
    assert degree.status == "matched", degree.reason


def test_entry_certificate_is_not_the_senior_one(report):
    line = requirement_line(report, "cbap")
    assert line.status != "matched"
    assert "ecba" not in line.skills


def test_a_resume_role_with_years_states_them():
    text = "Data scientist with 6 years of experience in retail.\n\nSKILLS\nPython\n"
    profile = extract(Document.from_text(text, source="resume.txt"), kind="resume")
    science = next(s for s in profile.skills if s.id == "data-science")
    assert science.years == 6
