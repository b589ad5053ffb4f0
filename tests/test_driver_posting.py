"""A regional truck driver against a CDL-A posting: driving is a category of its own
(transportation.toml), so the Class A CDL (no longer folded into a car driver's licence), its
endorsements, reefer freight, pre-trip inspections, hours of service on an ELD and load
securement are asked by name and shown; a clean MVR is the licence in good standing (the
employer checks it), which a CDL shows, and "accident-free miles" a safe driving record;
"Licenses and Endorsements" is a certifications heading; a misspelling keeps its alias's
first letters ("reengineering" is no "RF engineering")."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
CDL-A Regional Truck Driver
Ridgeline Freight Lines | Joliet, IL

What you'll do
- Haul regional dry van and refrigerated (reefer) loads
- Complete pre-trip and post-trip inspections and report defects on the DVIR
- Log hours of service on the ELD (Omnitracs)
- Secure loads and check reefer temperatures

Requirements
- Valid Class A CDL
- Clean MVR
- Hazmat and tanker endorsements a plus
"""

RESUME = """\
Marcus Bell
(815) 555-0166 | marcus.bell.driver@example.com

Professional Summary
Class A CDL driver with 4 years of regional and OTR experience and 400,000+ accident-free miles.

Licenses and Endorsements
Class A Commercial Driver's License (Illinois), endorsements: H, N (hazmat, tanker)

Work Experience
Regional Driver, Prairie State Transport                             March 2023 - Present
- Haul refrigerated freight to grocery DCs in 5 states, 2,400 miles a week on average
- Do pre-trip and post-trip inspections and write up defects on the DVIR
- Keep hours-of-service logs on the Samsara ELD; zero HOS violations in 2024
- Secured loads with straps and load bars
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "cdl-class-a",
        "refrigerated-freight",
        "vehicle-inspections",
        "hours-of-service",
        "load-securement",
        "drivers-license",
        "hazmat-endorsement",
        "tanker-endorsement",
    ],
)
def test_driving_work_is_asked_and_shown(report, skill):
    assert_matched(report, skill)


def test_licenses_and_endorsements_is_a_certifications_heading():
    profile = extract(RESUME, kind="resume")
    [cdl] = [c for c in profile.certifications if c.id == "cdl-class-a"]
    assert {m.section for m in cdl.mentions} == {"summary", "certifications"}


def test_accident_free_miles_are_a_safe_driving_record():
    profile = extract(RESUME, kind="resume")
    assert "safe-driving-record" in {c.id for c in profile.certifications}


def test_a_car_licence_is_no_cdl():
    resume = "Licenses\nValid driver's license, clean driving record\n"
    report = text_report(resume, "Requirements\n- Valid Class A CDL\n")
    line = requirement_line(report, "cdl-class-a")
    assert line.status != "matched", line.reason


@pytest.mark.parametrize(
    "text",
    [
        "Switching: VLAN, Private VLAN, Trucking, Inter-VLAN Routing",  # a typo of trunking
        "Oil tanker operations and vessel chartering",
    ],
)
def test_words_of_other_trades_are_no_driving(text):
    item = posting_item(text)
    assert not {s.id for s in (*item.skills, *item.certifications)} & {
        "truck-driving",
        "tanker-endorsement",
    }


def test_a_misspelling_keeps_its_aliases_first_letters():
    profile = extract(
        "EXPERIENCE\n- Mapped the processes for a $35 million reengineering effort\n",
        kind="resume",
    )
    assert "rf-engineering" not in {s.id for s in profile.skills}
