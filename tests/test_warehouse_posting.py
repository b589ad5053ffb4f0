"""A warehouse lead against a warehouse supervisor's posting: a team led is read though
describing words stand between the verb and "team"; a certification one may obtain after hire
is preferred; boots and PPE worn on the floor are no skill asked; a WMS named by its vendors is
one requirement; 5S is lean work; cycle counts are inventory work."""

from __future__ import annotations

from builders import assert_matched, entry_resume, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Warehouse Operations Supervisor - 2nd Shift
Northline Distribution | Columbus, OH

What you'll do
- Lead a team of 25-40 associates across receiving, putaway, picking, packing and shipping
- Coordinate cycle counts and inventory adjustments with the inventory control team
- Support continuous improvement projects using 5S and lean principles

Requirements
- 1+ year leading a team in a warehouse
- Experience with a warehouse management system (Manhattan, Blue Yonder or similar)
- Forklift certification or the ability to obtain it within 30 days
- Steel-toe boots and PPE required on the warehouse floor
"""

RESUME = """\
MARCUS ALVAREZ
Columbus, OH | (614) 555-0182 | marcus.alvarez@example.com

EXPERIENCE
Warehouse Lead, Outbound | Brightway Fulfillment, Groveport, OH | 2021 - present
- Lead a night-shift outbound team of 18 associates (picking, packing, loading)
- Release waves in Manhattan SCALE and perform daily cycle counts
- Led a 5S event in the pack area that cut walking time by 15%
- Trained 40+ new associates on RF scanning, LOTO, HazCom and PPE rules

CERTIFICATIONS
Forklift Operator and Trainer Certification (2021)
"""


def test_a_warehouse_lead_against_a_supervisors_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("team-leadership", "wms-software", "inventory-management", "five-s"):
        assert_matched(report, skill)
    assert requirement_line(report, "forklift-certification").importance == "preferred"
    assert_matched(report, "forklift-certification")
    asked = {s for r in report.requirements for s in r.skills}
    assert "personal-protective-equipment" not in asked  # worn on the floor
    assert "supply-chain-planning-software" not in asked  # Blue Yonder's WMS here
    lean = requirement_line(report, "lean")
    assert lean.status == "partial" and lean.credit_kind == "implied"  # by the 5S event


def test_describing_words_between_a_verb_and_its_team() -> None:
    led = extract(
        entry_resume("Shift Lead, Acme", "Managed a 12-person team", "Led a small team of 4"),
        kind="resume",
    )
    assert "team-leadership" in {s.id for s in led.skills}
    # Describing words that are a skill of their own stay that skill.
    item = posting_item("The ability to work in a multidisciplinary team")
    assert "cross-functional-collaboration" in {s.id for s in item.skills}
    review = extract(entry_resume("Analyst, Acme", "Led a review of the team plan"), kind="resume")
    assert "team-leadership" not in {s.id for s in review.skills}


def test_a_licence_to_obtain_after_hire_is_preferred() -> None:
    item = posting_item("Valid driver's license and ability to obtain an airport SIDA badge")
    assert {s.id: s.importance for s in item.certifications}.get("drivers-license") == "required"
    item = posting_item("Active P&C license (or ability to obtain within 60 days)")
    assert [c.importance for c in item.certifications] == ["preferred"]
    assert not posting_item("Must wear PPE and safety glasses at all times").skills
