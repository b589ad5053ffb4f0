"""A clinical medical assistant against a family medicine posting: the medical office's work
is read (rooming, injections and immunizations, EKGs, point-of-care tests, instrument
sterilization, scheduling, insurance verification, medical terminology); "vitals" among
patient work is vital signs, not Core Web Vitals; "CMA (AAMA), RMA or CCMA" is one
requirement a CCMA meets, and neither "CMA" of an accountant nor the "RMA" of a returned
product is a medical assistant's; a blood draw collects a specimen."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Medical Assistant - Family Medicine
Lakeside Community Health | Madison, WI

Responsibilities
- Take vital signs and update medication lists and allergies in Epic
- Set up and sterilize instruments
- Perform point-of-care tests (urine dipstick, strep, glucose) and collect specimens
- Administer vaccines and intramuscular injections under provider orders
- Perform EKGs and venipuncture
- Schedule appointments and referrals and verify insurance

Qualifications
- CMA (AAMA), RMA or CCMA certification required
- BLS certification
"""

RESUME = """\
Ana Lucia Torres, CCMA
(608) 555-0128 | analucia.torres@example.com

Experience
Clinical Medical Assistant, Oak Park Pediatrics & Family Care       August 2024 - Present
- Room 25-30 patients a day: vitals, growth charts and allergies in Epic
- Give immunizations and IM/subcutaneous injections per standing orders
- Draw blood by venipuncture; run rapid strep and urine dipstick tests
- Record 12-lead EKGs and perform vision and hearing screenings
- Clean and autoclave instruments and restock exam rooms
- Cover the front desk: schedule visits, verify insurance and collect copays

Certifications
Certified Clinical Medical Assistant (CCMA), NHA - 2024
BLS for Healthcare Providers, American Heart Association
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "vital-signs",
        "instrument-sterilization",
        "point-of-care-testing",
        "injections",
        "ekg-testing",
        "phlebotomy",
        "patient-scheduling",
        "insurance-verification",
        "certified-clinical-medical-assistant",
        "bls-certification",
    ],
)
def test_medical_office_work_is_asked_and_shown(report, skill):
    assert_matched(report, skill)


def test_the_three_certificates_are_one_requirement(report):
    line = requirement_line(report, "certified-medical-assistant")
    assert set(line.skills) == {
        "certified-medical-assistant",
        "registered-medical-assistant",
        "certified-clinical-medical-assistant",
    }


def test_a_blood_draw_collects_a_specimen(report):
    line = requirement_line(report, "specimen-collection")
    assert line.credit_kind == "implied" and line.credited_through == "phlebotomy", line.reason


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Improved the Core Web Vitals of the checkout", "vital-signs"),
        ("Process RMA requests for returned laptops", "registered-medical-assistant"),
        ("CMA or CPA preferred for this controller role", "certified-medical-assistant"),
        ("Train classifiers on ECG signals from wearables", "ekg-testing"),
        ("Wire services with dependency injections", "injections"),
    ],
)
def test_words_of_other_fields_are_no_medical_office_work(text, absent):
    item = posting_item(text)
    assert absent not in {s.id for s in (*item.skills, *item.certifications)}


def test_immunizations_in_a_paper_title_are_no_skill():
    resume = (
        "Publications\nImplementing a school vaccination law: completion of required "
        "immunizations. Preventive Medicine 2003.\n"
    )
    assert "injections" not in {s.id for s in extract(resume, kind="resume").skills}
