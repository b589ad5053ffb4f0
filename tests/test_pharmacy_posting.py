"""A pharmacy technician against a retail pharmacy posting: pharmacy work is a category of its
own (pharmacy.toml), so prescription processing, dispensing, insurance billing and prior
authorizations, pharmacy inventory, controlled substances, compounding and the technician's
certification and state registration are asked by name and shown; "three years in
high-volume retail pharmacy" states the years; "GED" is education, never an other skill; a
duty to "handle" something asks for it, past the words that say how ("following DEA
regulations"); "friendly patient service" claims customer service."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
Pharmacy Technician - Retail Pharmacy
Greenway Pharmacy | Columbus, OH

Duties and Responsibilities
- Receive and input new prescriptions and refills into the pharmacy system
- Count, measure and label medications accurately
- Process third-party insurance claims and resolve rejected claims; initiate prior authorizations
- Maintain inventory: order medications and check for expired drugs
- Handle controlled substances following DEA regulations and keep accurate records
- Provide excellent customer service at the counter and drive-thru

Requirements
- High school diploma or GED
- Active Ohio Pharmacy Technician license (or registration)
- National certification (PTCB CPhT or ExCPT) required within 6 months of hire
- 1+ year of retail pharmacy experience preferred
"""

RESUME = """\
MARISOL GUTIERREZ, CPhT
(614) 555-0193 | marisol.gutierrez@example.com

PROFILE
Nationally certified pharmacy technician with three years in high-volume retail pharmacy.
Fast, accurate prescription processing and friendly patient service in English and Spanish.

CERTIFICATIONS & LICENSES
Certified Pharmacy Technician (CPhT), PTCB - 2022
Registered Pharmacy Technician, Ohio State Board of Pharmacy - 2021

EXPERIENCE
Pharmacy Technician | Riverside Pharmacy, Columbus, OH | Aug 2021 - Present
- Enter 250+ new and refill prescriptions per shift and verify patient profiles and allergies
- Count, pour and label medications; prepare orders for final check by the pharmacist
- Resolve insurance rejections with PBMs and submit prior authorization requests to prescribers
- Place the weekly wholesaler order, pull expired stock and run monthly inventory counts
- Log Schedule II deliveries and keep the perpetual inventory of controlled substances
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "prescription-processing",
        "medication-dispensing",
        "pharmacy-billing",
        "prior-authorization",
        "pharmacy-inventory",
        "inventory-management",
        "controlled-substances",
        "customer-service",
        "pharmacy-technician-certification",
        "pharmacy-technician-license",
    ],
)
def test_pharmacy_work_is_asked_and_shown(report, skill):
    assert_matched(report, skill)


def test_years_in_a_high_volume_pharmacy_are_stated(report):
    line = requirement_line(report, "retail-pharmacy")
    assert line.status == "matched" and not line.years_shortfall, line.reason


def test_a_ged_is_no_skill(report):
    asked = {s for r in report.requirements for s in r.skills}
    assert not any("ged" in skill or "diploma" in skill for skill in asked), asked


def test_a_duty_to_handle_asks_past_the_words_of_how():
    item = posting_item(
        "Handle controlled substances following DEA regulations", section="Responsibilities"
    )
    assert "controlled-substances" in {s.id for s in item.skills}


def test_compounding_in_a_rubber_plant_is_no_pharmacy_work():
    item = posting_item("Experience with rubber compounding and extrusion")
    assert "pharmacy-compounding" not in {s.id for s in item.skills}


def test_friendly_is_a_claim_only_right_before_the_service():
    from gapcheck import extract

    profile = extract(
        "SUMMARY\nWe keep the customer service process friendly and simple.\n", kind="resume"
    )
    assert "customer-service" not in {s.id for s in profile.skills}

