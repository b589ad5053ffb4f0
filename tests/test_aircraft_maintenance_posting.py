"""An aircraft maintenance technician against an airline's line maintenance posting: a new
aviation maintenance category (aircraft maintenance and its checks, aircraft systems and
avionics, maintenance records and manuals, the FAA's rules) and the A&P certificate are read;
a trailing cue after a comma prefers only the list item it follows ("2+ years of aircraft
maintenance experience, Part 121 preferred"), not the requirement before the comma."""

from __future__ import annotations

from builders import assert_matched, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Aircraft Maintenance Technician (A&P) – Line Maintenance
Regional carrier · Salt Lake City, UT · Nights

Duties
- Troubleshoot and repair aircraft systems (hydraulics, pneumatics, avionics)
- Complete maintenance records and logbook entries accurately (14 CFR Part 43)
- Clear MEL deferrals and work with Maintenance Control to return aircraft to service

Requirements
- FAA Airframe & Powerplant (A&P) certificate
- 2+ years of aircraft maintenance experience, Part 121 preferred
"""

RESUME = """\
Marcus Lee
Ogden, UT · (801) 555-0150 · marcus.lee.ap@example.com

EXPERIENCE
Aircraft Maintenance Technician — Mountain Air Cargo (Part 135), Salt Lake City — 2019–present
• Line and heavy maintenance on ATR 72 and Cessna 208 aircraft; 100-hour and phase inspections
• Troubleshot hydraulic, electrical and landing gear systems using the AMM and wiring diagrams
• Documented all work in maintenance logbooks per 14 CFR 43.9 and 91.417
• Worked MEL deferrals with maintenance control to return aircraft to service on schedule

LICENSES
FAA A&P Certificate
"""


def test_an_aircraft_technician_against_a_line_maintenance_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "aircraft-maintenance",
        "aircraft-systems",
        "aircraft-maintenance-records",
        "aviation-regulations",
        "ap-certificate",
    ):
        assert_matched(report, skill)
    assert requirement_line(report, "aircraft-maintenance").importance == "required"
    assert requirement_line(report, "aviation-regulations").importance == "preferred"  # Part 121


def test_a_cue_after_a_comma_prefers_only_its_own_item() -> None:
    posting = extract(
        "Requirements\n- 3+ years of Python experience, Django preferred\n"
        "- Kafka, Spark or Flink a plus\n",
        kind="job",
    )
    importance = {s.id: s.importance for s in posting.skills}
    assert importance["python"] == "required" and importance["django"] == "preferred"
    assert importance["apache-kafka"] == importance["apache-flink"] == "preferred"  # a bare list
