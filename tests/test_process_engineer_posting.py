"""A chemical engineer's German CV against a specialty chemicals process engineer posting: the
field's terms (process simulation, Aspen Plus and HYSYS, unit operations, reaction engineering,
thermodynamics, HAZOP and management of change, P&IDs, commissioning) are read; "together with
HSE" and "with the HSE department" name a department, no skill; "chemical or pharmaceutical
industry" asks for either; "Led 8D root cause investigations" is claimed past its code;
"kinetics" is no misspelt "Kinetis" and "Aspen EDR" no endpoint detection."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Process Engineer – Specialty Chemicals (f/m/d)
Ludwigshafen area, Germany · Full time · Permanent

Your tasks
• Optimise continuous and batch processes in our polymer additives plant for yield, energy and
  safety
• Build and maintain process simulations in Aspen Plus; size pumps, heat exchangers and columns
• Lead HAZOP studies and management-of-change (MOC) reviews together with HSE
• Prepare P&IDs and process flow diagrams for debottlenecking projects
• Support commissioning and start-up of new units; troubleshoot operations with shift teams
• Drive root cause analysis (8D, Ishikawa) for quality deviations

Your profile
• Degree (MSc or Dipl.-Ing.) in Chemical Engineering or Process Engineering
• 3–5 years of experience as process engineer in the chemical or pharmaceutical industry
• Sound knowledge of unit operations, thermodynamics and reaction engineering
• Experience with Aspen Plus or Aspen HYSYS; DCS experience (Siemens PCS 7) is an advantage
• Knowledge of Six Sigma methods; Green Belt desirable
• Very good German and English skills

What we offer
Collective agreement (IG BCE), 30 days of vacation, company pension, canteen.
"""

RESUME = """\
CURRICULUM VITAE

Dr.-Ing. Katharina Weber
Mannheim, Germany | +49 621 555 0192 | k.weber@example.de

PROFESSIONAL EXPERIENCE

2021 – today    Process Engineer, Evonik Industries AG, Marl
                - Optimised a continuous esterification line: yield +4 %, steam consumption −12 %
                - Built steady-state models of the distillation section in Aspen Plus; rated heat
                  exchangers with Aspen EDR
                - Moderated 9 HAZOP studies and prepared MOC documentation with the HSE department
                - Updated P&IDs and PFDs for a debottlenecking project (capex €3.5 M)
                - Led 8D root cause investigations for off-spec batches

2018 – 2021     Research Associate, Karlsruhe Institute of Technology (KIT)
                - Doctoral thesis on kinetics of catalytic hydrogenation in trickle-bed reactors
                - Pilot plant operation and reactor modelling in MATLAB and Python

EDUCATION
2018            Dr.-Ing. Chemical Engineering, KIT
2015            M.Sc. Chemical and Process Engineering, KIT

SKILLS
Simulation: Aspen Plus, Aspen EDR, MATLAB, Python
Methods: HAZOP, 8D, Lean Six Sigma Green Belt (2022), reaction engineering, thermodynamics
Automation: Siemens PCS 7 (operator level)
Languages: German (native), English (C1), French (B1)
"""


def test_a_chemical_engineer_against_a_process_engineer_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "aspen-plus",
        "process-simulation",
        "process-safety",
        "p-and-id",
        "unit-operations",
        "reaction-engineering",
        "root-cause-analysis",
        "process-engineering",
    ):
        assert_matched(report, skill)
    industry = requirement_line(report, "chemical-industry")
    assert set(industry.skills) == {"chemical-industry", "pharmaceutical-industry"}
    asked = {skill for line in report.requirements for skill in line.skills}
    assert "health-and-safety" not in asked
    assert not [r for r in report.requirements if r.id.startswith("other:")]


def test_a_plural_of_an_english_word_is_no_misspelt_product() -> None:
    skills = {s.id for s in extract(RESUME, kind="resume").skills}
    assert not skills & {"nxp-microcontrollers", "endpoint-detection-and-response"}


@pytest.mark.parametrize(
    "line",
    [
        "Lead HAZOP studies and management-of-change (MOC) reviews together with HSE",
        "Prepare the MOC documentation with the HSE department",
    ],
)
def test_hse_beside_with_is_a_department(line: str) -> None:
    assert "health-and-safety" not in {s.id for s in posting_item(line, "Your tasks").skills}
