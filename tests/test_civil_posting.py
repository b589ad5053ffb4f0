"""A land development engineer against a civil engineering posting: civil engineering and
construction are a category of their own (civil_engineering.toml), so site, grading and
stormwater design, construction documents, submittals and RFIs, site inspections and
engineer's estimates are asked by name and shown; the engineer in training (EIT, FE exam) is a
certification of its own, not the PE licence; "technical specifications" of software are no
construction documents."""

from __future__ import annotations

import pytest

from builders import posting_item, requirement_line, text_report

POSTING = """\
Civil Engineer II - Land Development
Brookline Engineering Group | Raleigh, NC

Responsibilities:
- Prepare site plans, grading and drainage designs in AutoCAD Civil 3D
- Design stormwater management systems and run hydrologic models (HydroCAD or HEC-HMS)
- Produce construction documents
- Review submittals and answer RFIs during construction; perform site inspections
- Prepare engineer's estimates and quantity takeoffs

Qualifications:
- 3-6 years of land development experience
- EIT required
"""

RESUME = """\
Carlos Mendes
carlos.mendes@example.com | 919-555-0147

EXPERIENCE
Project Engineer - Land Development, Coastal Plain Civil        May 2022 - Present
- Designed grading, storm drainage and utility layouts in Civil 3D for 14 subdivisions
- Modeled detention ponds in HydroCAD and wrote the stormwater reports for city permits
- Prepared construction drawings and engineer's estimates; reviewed shop drawings and
  answered RFIs
- Ran weekly site inspections during construction and kept punch lists to closeout

LICENSES
Engineer Intern, North Carolina, 2020 - passed the FE exam
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "site-design",
        "stormwater-design",
        "hydrocad",
        "construction-documents",
        "submittals-and-rfis",
        "construction-inspection",
        "cost-estimating",
        "engineer-in-training",
    ],
)
def test_civil_work_is_asked_and_shown(report, skill):
    line = requirement_line(report, skill)
    assert line.status == "matched", line.reason


def test_the_fe_exam_is_no_pe_licence(report):
    assert "professional-engineer-license" not in {s for r in report.requirements for s in r.skills}


def test_software_specifications_are_no_construction_documents():
    skills = {s.id for s in posting_item("Write technical specifications for new APIs").skills}
    assert "construction-documents" not in skills
