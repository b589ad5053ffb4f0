"""A veterinary technician against an animal hospital's credentialed technician posting: a
veterinary category (anesthesia induction and monitoring, animal handling, small animal
practice, practice software), the CVT/LVT/RVT credential and its VTNE, Fear Free, and the
shared clinical work (IV catheters, blood draws, vaccines) are read; a CVT that is a gearbox
is no credential, nor is "Cornerstone" by itself a learning system."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Credentialed Veterinary Technician (CVT/LVT/RVT)
Northgate Animal Hospital – Madison, WI

Responsibilities:
- Induce and monitor anesthesia; maintain anesthetic records during surgery and dentals
- Place IV catheters, draw blood and run in-house lab work (CBC, chemistry, urinalysis)
- Administer medications and vaccines as directed by the veterinarian

Qualifications:
- Current Wisconsin CVT credential (or eligible to sit for the VTNE)
- 1+ year of experience in a small animal practice
- Fear Free certification a plus
"""

RESUME = """\
Hannah Schultz
Sun Prairie, WI | 608-555-0191 | hannah.schultz@example.com

Certified veterinary technician with three years in small animal general practice.

CREDENTIALS
Certified Veterinary Technician, Wisconsin (#4412), passed VTNE 2022
Fear Free Certified Professional, Level 1

EXPERIENCE
Veterinary Technician — Lakeview Veterinary Clinic, Madison, WI (Aug 2022 – Present)
• Induce, intubate and monitor anesthesia for spays, neuters and dental procedures
• Place IV catheters, collect blood and urine samples; run CBCs on IDEXX analyzers
• Give vaccines, SQ fluids and oral medications per doctor's orders
• Document treatments and charges in Cornerstone
"""


def test_a_vet_tech_against_a_credentialed_technician_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "anesthesia-monitoring",
        "iv-therapy",
        "phlebotomy",
        "point-of-care-testing",
        "veterinary-technician-credential",
        "small-animal-practice",
        "fear-free-certification",
    ):
        assert_matched(report, skill)
    resume = extract(RESUME, kind="resume")
    assert "lms" not in {s.id for s in resume.skills}  # IDEXX's Cornerstone, not the LMS


def test_a_cvt_gearbox_is_no_credential() -> None:
    resume = extract(
        "Experience\nTechnician, Acme Auto, 2019 - 2024\n- Rebuilt CVT and automatic gearboxes\n",
        kind="resume",
    )
    assert not resume.certifications
