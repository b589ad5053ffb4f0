"""An industrial maintenance technician against a food plant's posting: the trade itself (the
title, "respond to breakdowns"), packaging lines, gearbox and pump rebuilds with laser
alignment, pneumatics and hydraulics are read; an aircraft's hydraulics in brackets after its
systems are parts of them, asked through them; a certificate whose last part is scheduled, or
an association's membership, is no certificate held; a BSBA is a bachelor's degree."""

from __future__ import annotations

from builders import assert_all_matched, posting_item, text_report
from gapcheck import extract

POSTING = """\
Industrial Maintenance Technician (2nd Shift)
Cedar Lane Foods - Springfield, OH

Responsibilities
- Troubleshoot and repair packaging lines: bagging machines, case packers and conveyors
- Maintain hydraulic and pneumatic systems, gearboxes and pumps

Requirements
- 3+ years of industrial maintenance experience in a manufacturing plant
- Able to read electrical schematics, ladder logic and hydraulic/pneumatic drawings
"""

RESUME = """\
Travis Kelleher
Huber Heights, OH · travis.kelleher@example.com

EXPERIENCE
Maintenance Technician II | Cedar Lane Foods | Springfield, OH | Mar 2020 - Present
- Respond to breakdowns on 6 snack bagging lines (VFFS baggers, case packers)
- Rebuilt 12 gearboxes and 9 sanitary pumps; laser-aligned motors with Easy-Laser
- Set up air cylinders, regulators and solenoid valves; assisted with hydraulic press repairs
"""


def test_a_maintenance_technician_against_a_food_plants_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(
        report, "industrial-maintenance", "packaging-machinery", "pneumatics-hydraulics"
    )
    found = {skill.id for skill in extract(RESUME, kind="resume").skills}
    assert "mechanical-power-transmission" in found


def test_an_aircrafts_hydraulics_are_parts_of_its_systems() -> None:
    item = posting_item(
        "Troubleshoot and repair aircraft systems (hydraulics, pneumatics, landing gear, "
        "avionics)",
        section="Responsibilities",
    )
    found = {s.id: s for s in item.skills}
    assert "pneumatics-hydraulics" not in found
    assert found["aircraft-systems"].details == ("avionics",)


def test_sap_plant_maintenance_is_no_trade() -> None:
    item = posting_item("Upload the Plant Maintenance task lists with a batch input program")
    assert "industrial-maintenance" not in {s.id for s in item.skills}


def test_a_certificate_on_its_way_is_not_held() -> None:
    profile = extract(
        "CERTIFICATIONS\n"
        "- Certified Internal Auditor (CIA): Parts 1 and 2 passed, Part 3 scheduled\n"
        "- ACAMS member; CAMS exam scheduled for Q3 2025\n",
        kind="resume",
    )
    assert all(c.in_progress for c in profile.certifications)
    assert {c.id for c in profile.certifications} == {"cia-auditor", "aml-certification"}


def test_a_bsba_is_a_bachelors_degree() -> None:
    profile = extract("EDUCATION\nB.S.B.A., Accounting, Miami University, 2019\n", kind="resume")
    (degree,) = profile.education
    assert degree.level_rank == 2 and "accounting" in degree.fields
