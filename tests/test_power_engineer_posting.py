"""A power systems engineer against a utility consultant's posting: power system studies (load
flow, short circuit, arc flash to IEEE 1584), protective relaying, substation design,
interconnection studies and their software (ETAP, SKM) are read; "BSEE" is a bachelor's degree
in electrical engineering, and a degree named with its field asks for that field."""

from __future__ import annotations

from builders import assert_matched, text_report

POSTING = """\
Electrical Engineer II – Power Systems
GridWorks Engineering, Inc. – Denver, CO

What you'll do
- Perform load flow, short circuit and protection coordination studies in ETAP or SKM PowerTools
- Design medium-voltage distribution and substation one-line diagrams and grounding
- Review utility interconnection requirements for solar and battery storage projects

What you'll bring
- BSEE or equivalent from an ABET-accredited program
- 3–6 years of power systems engineering experience
"""

RESUME = """\
RAFAEL MENDOZA
Aurora, CO · rafael.mendoza@example.com · 720-555-0181

EXPERIENCE
Power Systems Engineer | Front Range Electric Consultants | Lakewood, CO | 2019 – Present
• Ran load flow, short-circuit and arc flash studies (IEEE 1584-2018) in ETAP
• Built protection coordination studies and SEL-751 relay settings with AcSELerator QuickSet
• Designed 12.47 kV distribution and substation one-lines and grounding grids
• Wrote interconnection studies for 5 utility-scale PV and BESS projects

EDUCATION
B.S. Electrical Engineering, Colorado School of Mines, 2019
"""


def test_a_power_engineer_against_a_power_systems_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "power-system-studies",
        "protective-relaying",
        "substation-design",
        "interconnection-studies",
        "power-systems",
        "etap",
    ):
        assert_matched(report, skill)
    (degree,) = report.education
    assert degree.fields == ("electrical-engineering",) and degree.status == "matched"


def test_a_degree_named_with_its_field_asks_for_the_field() -> None:
    biology = "Education\nB.S. Biology, State University, 2019\n"
    (degree,) = text_report(biology, "Requirements\n- BSEE required\n").education
    assert degree.status == "partial"  # a bachelor's, in another field
    (listed,) = text_report(biology, "Requirements\n- B.Com / M.Com / MBA\n").education
    assert listed.fields == ()  # B.Com names no field: the list asks for none
