"""A licensed architect against a project architect posting: "from schematic design through
construction administration" is a building's design phase, not circuit design; "(IBC 2018, ADA,
...)" after "Led code analysis" claims building codes past the code's edition; B.Arch and
M.Arch are degrees that hold their field, and a licensed architect holds the licence; a bullet
under an entry's dates is no job title."""

from __future__ import annotations

from builders import assert_matched, text_report

POSTING = """\
Project Architect
Halvorsen Studio · Minneapolis, MN · Full-time, in office

We design schools, libraries and multifamily housing across the Upper Midwest. We're looking for a
  Project Architect to lead projects from schematic design through construction administration.

Responsibilities
• Lead design development and construction documents for projects of $10–60M
• Coordinate consultants (structural, MEP, civil, landscape) and run weekly OAC meetings
• Review submittals, answer RFIs and perform site observations during construction
• Check drawings for compliance with the IBC, ADA and local zoning codes
• Mentor junior designers and manage the production schedule

Requirements
• Professional degree in Architecture (B.Arch or M.Arch) from a NAAB-accredited program
• Licensed Architect (any US state), or actively pursuing licensure (ARE)
• 6+ years of experience, with at least 3 on K-12 or civic projects
• Expert in Revit; working knowledge of AutoCAD, SketchUp and Enscape
• Knowledge of building envelope and energy codes; LEED AP a plus
• Strong organizational and client communication skills
"""

RESUME = """\
Daniel Okafor, AIA, LEED AP BD+C
Minneapolis, MN | 612-555-0124 | dokafor@example.com | danielokafor.design

Licensed Architect (Minnesota, 2020) with 8 years of practice in education and civic buildings.

EXPERIENCE
Architect II — Perkins & Ward Architects, St. Paul, MN (2019 – present)
- Project architect for three K-12 schools ($18M–$42M): design development, CDs and construction
  administration
- Lead BIM coordination in Revit for teams of 4–6; run clash detection in Navisworks with MEP and
  structural consultants
- Responded to 300+ RFIs and reviewed submittals; weekly site visits and field reports
- Led code analysis (IBC 2018, ADA, Minnesota energy code) for a 60,000 sf library
- Mentored two architectural designers through their ARE exams

Architectural Designer — Northfield Design Group, Minneapolis, MN (2016 – 2019)
- Produced construction documents in Revit and details in AutoCAD for multifamily housing
- Built SketchUp and Enscape models for client presentations

EDUCATION
Master of Architecture (M.Arch), University of Minnesota, 2016
B.S. Architecture, University of Minnesota, 2014

SOFTWARE
Revit, AutoCAD, Navisworks, SketchUp, Enscape, Rhino, Adobe InDesign, Bluebeam
"""


def test_a_licensed_architect_against_a_project_architect_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("building-codes", "architect-license", "construction-documents", "revit"):
        assert_matched(report, skill)
    asked = {skill for line in report.requirements for skill in line.skills}
    assert "circuit-design" not in asked
    (degree,) = report.education
    assert degree.status == "matched" and degree.level == "barch"
    assert "in Architecture" not in degree.reason  # the degree's name holds its field
    assert report.title_match is not None and report.title_match.resume_title == "Architect II"
