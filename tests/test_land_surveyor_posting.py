"""A land surveyor's posting: Trimble Access is the surveyor's field software, not Microsoft
Access, and Leica Captivate not Adobe Captivate; ALTA/NSPS surveys, boundary work, Trimble
Business Center and Carlson are read; "rules of evidence" is no other skill named "rules"."""

from __future__ import annotations

from builders import posting_item
from gapcheck import extract


def test_a_surveyors_field_software_is_its_own() -> None:
    item = posting_item(
        "Running GNSS/RTK rovers (Trimble R12i with Trimble Access) and robotic total stations"
    )
    found = {s.id for s in item.skills}
    assert "trimble-access" in found and "microsoft-access" not in found
    profile = extract("SKILLS\nLeica Captivate, Leica Infinity, Civil 3D\n", kind="resume")
    found = {s.id for s in profile.skills}
    assert {"leica-captivate", "leica-infinity"} <= found and "adobe-captivate" not in found


def test_a_surveyors_work_is_read() -> None:
    item = posting_item(
        "Experience with ALTA/NSPS Land Title Surveys, boundary law, rules of evidence and"
        " retracement, in Trimble Business Center or Carlson Survey"
    )
    found = {s.id for s in item.skills}
    assert {"alta-nsps-surveys", "boundary-surveying", "trimble-business-center"} <= found
    assert "rules" not in {s.name.lower() for s in item.other_skills}
