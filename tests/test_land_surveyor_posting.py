"""A land surveyor's posting: Trimble Access is the surveyor's field software, not Microsoft
Access, and Leica Captivate not Adobe Captivate; ALTA/NSPS surveys, boundary work, Trimble
Business Center and Carlson are read; "rules of evidence" is no other skill named "rules"."""

from __future__ import annotations

import pytest

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


def test_work_under_a_licensees_supervision_shows_no_licence() -> None:
    profile = extract(
        "EXPERIENCE\nParty Chief, Acme Surveying, 2019 - Present\n"
        "- Drafted topo base maps in Civil 3D under PLS supervision\n"
        "- Prepare field notes for the PLS in responsible charge\n",
        kind="resume",
    )
    found = {s.id for s in (*profile.skills, *profile.certifications)}
    assert "professional-land-surveyor" not in found


@pytest.mark.parametrize(
    ("line", "skill", "pending"),
    [
        (
            "PLS, Oregon - NCEES PS exam passed 2024; state exam scheduled Apr 2026",
            "professional-land-surveyor",
            True,
        ),
        ("CPA, Illinois (pending)", "cpa", True),
        ("PE, Texas, 2019", "professional-engineer-license", False),
        ("PMP, CSM (in progress)", "pmp", False),
    ],
)
def test_a_credential_opening_its_line_is_pending_by_the_lines_words(
    line: str, skill: str, pending: bool
) -> None:
    profile = extract(f"CERTIFICATIONS\n{line}\n", kind="resume")
    (held,) = [c for c in profile.certifications if c.id == skill]
    assert held.in_progress is pending
