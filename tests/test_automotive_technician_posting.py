"""An automotive technician against a Ford dealership's posting: the work of a service bay is
read (engine and drivability, brakes, steering, suspension and alignments, maintenance
services, scan tools, warranty repairs and the 3 Cs); "Ford IDS" is a scan tool, not
intrusion detection; ASE and a maker's training are certifications, an ASE Master not held."""

from __future__ import annotations

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
Automotive Technician (B-Level / A-Level)
Summit Ford - Service Department | Aurora, CO

What you'll do
- Diagnose and repair engine, brake, steering and suspension systems
- Use scan tools (Ford IDS/FDRS), lab scopes and multimeters to find root causes
- Perform maintenance: oil services, tire rotations, alignments, multi-point inspections
- Document the 3 Cs (concern, cause, correction) on every repair order

What you need
- 3+ years as an automotive technician
- ASE certifications (A1-A8); ASE Master Technician a plus
- Ford Senior Master or Ford STST training preferred
"""

RESUME = """\
Carlos Mendoza
Denver, CO · (720) 555-0193 · carlos.mendoza.tech@example.com

EXPERIENCE
Automotive Technician (B-Level), Mile High Chevrolet, Denver, CO — May 2021 to present
• Diagnose no-starts and parasitic draws with GDS2, a PicoScope and a Fluke meter
• Repair engines, brakes, steering and suspension; perform four-wheel alignments
• Write concern, cause and correction on every RO for warranty audits
• Performed oil changes, tire rotations and multi-point inspections

CERTIFICATIONS
ASE A1, A4, A5, A6, A8 (2023)
Ford STST (Service Technician Specialty Training) - Electrical Level 1
"""


def test_an_automotive_technician_against_a_dealership_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "engine-performance",
        "automotive-brakes",
        "steering-suspension",
        "vehicle-maintenance",
        "automotive-scan-tools",
        "electronic-test-equipment",
        "warranty-repairs",
        "ase-certification",
        "oem-technician-certification",
    ):
        assert_matched(report, skill)
    assert requirement_line(report, "ase-master-technician").status == "missing"
    asked = {s for r in report.requirements for s in r.skills}
    assert "ids-ips" not in asked


def test_brakes_on_a_project_are_no_brake_systems() -> None:
    item = posting_item("Know when to pump the brakes on a project and escalate risks")
    assert "automotive-brakes" not in {s.id for s in item.skills}
