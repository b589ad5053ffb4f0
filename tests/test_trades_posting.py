"""An HVAC technician against an HVAC service posting: the skilled trades are in the taxonomy
(the report was "0 of 2 items met" on two phrases), with the trade's licences; and a posting
of a field gapcheck barely knows says so in a warning instead of passing a score for a
verdict."""

from __future__ import annotations

import pytest

from builders import entry_resume
from gapcheck import analyze, extract

POSTING = """\
HVAC Service Technician
Cascade Mechanical Services — Tacoma, WA

Cascade Mechanical has kept Puget Sound homes and businesses comfortable since 1987.

Responsibilities
- Diagnose and repair residential and light commercial heating, ventilation and air
  conditioning systems: furnaces, heat pumps, rooftop units and mini-splits.
- Perform preventive maintenance and refrigerant recovery in line with EPA rules.
- Read wiring diagrams and troubleshoot controls, thermostats and low-voltage circuits.
- Write clear service reports and explain repairs and options to customers.

Requirements
- 3+ years of hands-on HVAC service experience.
- EPA Section 608 Universal certification.
- Valid driver's license and a clean driving record.
- Able to lift 50 lbs and work in attics and crawl spaces.

Preferred
- NATE certification.
- Experience with ductless systems (Mitsubishi, Daikin).
- Journeyman electrical (06A) specialty license.
"""

RESUME = """\
Marcus Bell
Tacoma, WA · (253) 555-0144 · marcus.bell@example.com

HVAC technician with 5 years of residential and light commercial service.

EXPERIENCE
HVAC Service Technician, Rainier Heating & Air, Tacoma, WA — 2021 to present
- Diagnosed and repaired gas furnaces, heat pumps and ductless mini-splits (Mitsubishi,
  Fujitsu); 6-8 calls a day.
- Ran preventive maintenance agreements for 300+ homes; recovered and charged refrigerant.
- Traced faults on wiring diagrams and replaced boards, thermostats and contactors.

HVAC Apprentice, Sound Comfort Co., Olympia, WA — 2019 to 2021
- Installed ductwork and rooftop units with a lead installer.

CERTIFICATIONS & LICENSES
EPA 608 Universal · NATE Core (Heat Pumps) · WA 06A HVAC/Refrigeration specialty
electrician · Washington driver's license

EDUCATION
Bates Technical College — HVAC/R Technician Certificate, 2019
"""

PASTRY_CHEF = """\
Pastry Chef
Maison Lune Bakery - Portland, OR

What you'll do
- Plan and produce laminated doughs, viennoiserie, tarts and plated desserts every morning.
- Develop seasonal menus with the head chef and cost every recipe.
- Train and lead two pastry cooks; keep the walk-in and dry store organised and rotated.
- Keep the kitchen spotless and follow food safety rules at all times.

What you bring
- 3+ years as a pastry cook or chef in a high-volume bakery or restaurant.
- Mastery of lamination, tempering chocolate and sugar work.
- A food handler card; ServSafe Manager is a plus.
- Early mornings, weekends and holidays are part of the job.
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_the_trade_is_read(report) -> None:
    asked = {skill for requirement in report.requirements for skill in requirement.skills}
    assert {
        "hvac",
        "heat-pumps",
        "furnaces-and-boilers",
        "refrigeration",
        "hvac-controls",
        "wiring-diagrams",
        "preventive-maintenance",
        "epa-608-certification",
        "drivers-license",
        "nate-certification",
        "ductless-mini-splits",
    } <= asked
    assert all(r.status == "matched" for r in report.requirements)
    assert not any(w.startswith("the text names few skills") for w in report.job_warnings)


@pytest.mark.parametrize(
    ("text", "skill", "found"),
    [
        ("Built the data plumbing between Kafka and Snowflake.", "plumbing", False),
        ("Repaired plumbing and gas lines in 40 homes.", "plumbing", True),
        ("Ran the blast furnace at a steel mill.", "furnaces-and-boilers", False),
        ("Serviced furnaces, heat pumps and air conditioners.", "furnaces-and-boilers", True),
        ("Nate Jones led the team.", "nate-certification", False),
    ],
)
def test_words_of_the_trade_in_their_sense(text: str, skill: str, found: bool) -> None:
    resume = extract(entry_resume("Technician, Acme   2019 - 2024", text, dates=None))
    assert (skill in {s.id for s in resume.skills}) is found, text


def test_a_posting_of_a_field_gapcheck_barely_knows_is_flagged() -> None:
    report = analyze(RESUME, PASTRY_CHEF)
    assert any(w.startswith("the text names few skills") for w in report.job_warnings)
