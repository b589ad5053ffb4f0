"""A hospital social worker against a medical social work posting: social work is a category of
its own (social_work.toml), so psychosocial assessments, crisis intervention, counseling,
community resources, mandated reporting and the LMSW and LCSW licences are asked by name and
shown; a Master of Social Work is a degree ("a CSWE-accredited program" names no SolidWorks
certificate); helping patients apply for Medicaid implies knowing its rules; "SNF" is a skilled
nursing facility; "Spring 2014" is a semester, not the Spring framework."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Medical Social Worker - Inpatient
St. Brendan Regional Medical Center | Albany, NY

Essential functions
- Complete psychosocial assessments within 24 hours of referral
- Develop discharge plans and arrange post-acute care
- Provide crisis intervention and supportive counseling to patients and families
- Connect patients with community resources
- Identify and report suspected abuse or neglect as a mandated reporter

Qualifications
- Master of Social Work (MSW) from a CSWE-accredited program
- Current New York LMSW required; LCSW preferred
- Knowledge of Medicare and Medicaid rules
"""

RESUME = """\
Keisha Morgan, LMSW
(518) 555-0173 | keisha.morgan.msw@example.com

Experience
Social Worker II, Capital District Medical Center                  July 2022 - Present
- Complete psychosocial assessments for 12-15 patients a day on two medical-surgical units
- Plan discharges to home, home health, SNF and acute rehab with nursing and case managers
- Provide crisis intervention and grief support to patients and families
- Screen for abuse and neglect and file reports with Adult Protective Services
- Help patients apply for Medicaid, SNAP and transportation benefits
- Linked families to housing, food pantries and mental health services

Education
Master of Social Work, University at Albany (SUNY), 2021
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "psychosocial-assessment",
        "discharge-planning",
        "long-term-care",
        "crisis-intervention",
        "supportive-counseling",
        "community-resource-referral",
        "mandated-reporting",
        "lmsw",
    ],
)
def test_social_work_is_asked_and_shown(report, skill):
    assert_matched(report, skill)


def test_the_clinical_licence_is_preferred_and_not_held(report):
    line = requirement_line(report, "lcsw")
    assert line.importance == "preferred" and line.status != "matched"


def test_a_master_of_social_work_meets_the_degree(report):
    [degree] = report.education
    assert degree.status == "matched", degree.reason


def test_an_accrediting_council_is_no_solidworks_certificate(report):
    asked = {s for r in report.requirements for s in r.skills}
    assert "solidworks-certification" not in asked


def test_medicaid_applications_imply_its_rules(report):
    line = requirement_line(report, "medicare-medicaid")
    assert line.credit_kind == "implied", line.reason


def test_a_semester_is_no_spring_framework():
    resume = (
        "Experience\nProgram Coordinator, Counseling Services Program (Spring 2014)\n"
        "Adjunct Instructor, Java programming, Spring 08\n"
    )
    assert "spring" not in {s.id for s in extract(resume, kind="resume").skills}


def test_the_spring_framework_is_still_read():
    item = posting_item("Java, Spring and Hibernate")
    assert "spring" in {s.id for s in item.skills}
