"""A mechanical engineer against a medical-device design posting: the work of designing parts
for production (DFM, tolerance stack-ups, injection-moulded and sheet-metal parts, FMEA,
first article inspection, design controls) is in the taxonomy, a 3D CAD modeller shows 3D
modeling, and "risk management (FMEA)" is met by a DFMEA."""

from __future__ import annotations

import pytest

from builders import posting_item, requirement_line
from gapcheck import analyze, extract

POSTING = """\
Mechanical Design Engineer II
Solace Medical Devices · Minneapolis, MN · Full-time

The role
You will design and develop mechanical components and assemblies for our next generation of
infusion pumps, from concept through design transfer to manufacturing.

Responsibilities
• Create 3D models and detailed drawings in SolidWorks, applying GD&T per ASME Y14.5
• Run tolerance stack-up analyses and basic FEA to verify designs
• Design injection-molded plastic parts and sheet metal enclosures with DFM in mind
• Build and test prototypes; write test protocols and reports
• Work with suppliers on quotes, first article inspections and design changes
• Support design verification and risk management (FMEA) under ISO 13485

Qualifications
• BS in Mechanical Engineering or related field
• 3+ years of mechanical design experience, ideally in medical devices or another regulated industry
• Proficiency with SolidWorks (CSWP a plus) and PDM
• Working knowledge of GD&T and tolerance analysis
• Experience with plastics and injection molding
• Familiarity with FDA design controls (21 CFR 820) is preferred
• Strong communication skills and a hands-on attitude

Nice to have
• Experience with Creo or NX
• Python or MATLAB for test data analysis
"""

RESUME = """\
Daniel Okafor
Minneapolis, MN · daniel.okafor@example.com · 612-555-0193

Summary
Mechanical engineer with 4 years designing plastic and sheet metal parts for consumer and
medical products, from first sketch to production.

Experience
Mechanical Engineer, Northwind Consumer Products — St. Paul, MN          Aug 2021 – Present
- Designed 20+ injection-molded housings and snap-fit assemblies in SolidWorks; released
  drawings with full GD&T and ran tolerance stack-ups for critical fits
- Worked with molders in China and Mexico on DFM reviews, tooling changes and first article
  inspections
- Ran FEA (SolidWorks Simulation) on brackets and clips, cutting two prototype rounds
- Wrote and executed verification test protocols; analysed test data in Python (pandas)

Design Engineering Intern, Medtronic — Fridley, MN                      May 2020 – Aug 2020
- Supported design verification testing for a catheter handle under design controls
- Updated a DFMEA and drawings in the PDM vault

Education
B.S. Mechanical Engineering, University of Minnesota, 2021

Skills
SolidWorks, SolidWorks PDM, GD&T (ASME Y14.5), tolerance analysis, FEA, DFM, injection molding,
sheet metal design, 3D printing, Python, MATLAB
Certifications: CSWA (Certified SolidWorks Associate)
"""

SHOWN = (
    "design-for-manufacturing",
    "tolerance-analysis",
    "injection-molding",
    "sheet-metal-design",
    "first-article-inspection",
    "design-controls",
    "mechanical-design",
    "finite-element-analysis",
)


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


@pytest.mark.parametrize("skill", SHOWN)
def test_the_work_of_the_posting_is_asked_and_shown(report, skill: str) -> None:
    line = requirement_line(report, skill)
    assert line.status == "matched", (skill, line.reason)


def test_a_3d_cad_modeller_shows_3d_modeling(report) -> None:
    line = requirement_line(report, "3d-modeling")
    assert line.credit_kind == "implied" and line.credited_through == "solidworks"


def test_fmea_is_the_risk_management_asked_for(report) -> None:
    line = requirement_line(report, "risk-management")
    assert line.status == "matched" and line.details == ("fmea",)
    assert line.details_shown == ("fmea",)


def test_the_years_of_mechanical_design_come_from_the_role_held(report) -> None:
    line = requirement_line(report, "mechanical-design")
    assert line.min_years == 3 and (line.resume_years or 0) >= 3


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience with Creo or NX", "siemens-nx"),
        ("Familiarity with FDA design controls (21 CFR 820) is preferred", "design-controls"),
        ("Maintain the quality system under ISO 13485", "iso-13485"),
    ],
)
def test_names_of_the_field(text: str, skill: str) -> None:
    job = posting_item(text)
    assert skill in job.skill_ids, job.skill_ids


def test_nx_elsewhere_is_no_cad_tool() -> None:
    job = extract("Requirements\n- Build the monorepo with Nx and pnpm\n", kind="job")
    assert "siemens-nx" not in job.skill_ids
