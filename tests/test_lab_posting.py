"""A research associate against a cell biology posting: laboratory techniques are a category
of their own (life_sciences.toml), so the posting asks for cell culture, flow cytometry, ELISA,
Western blots and qPCR by name and the resume shows them; aseptic technique is the lab's
technique, not "infection prevention and control"; "in industry or academia" asks for no
skill called "academia"; "Elisa" the given name is no assay."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line, text_report
from gapcheck import extract
from gapcheck.documents import Document

POSTING = """\
Research Associate II, Cell Biology
Meridian Therapeutics - Cambridge, MA

Responsibilities
- Maintain mammalian cell lines and primary cells using aseptic technique
- Run ELISA and flow cytometry experiments; analyze the data in FlowJo and GraphPad Prism
- Perform Western blots and qPCR to support target validation

Requirements
- BS or MS in Biology, Biochemistry or a related field
- 2+ years of hands-on laboratory experience in industry or academia
- Hands-on experience with mammalian cell culture

Nice to have
- Experience with CRISPR gene editing
"""

RESUME = """\
Sofia Alvarez
sofia.alvarez@example.com | (617) 555-0177

Research Experience
Research Associate, Immunology - Harbor Bio, Cambridge, MA (Jul 2022 - Present)
- Cultured and maintained 12 mammalian cell lines under BSL-2 conditions
- Ran 8-color flow cytometry panels and analyzed them in FlowJo
- Developed a cytokine ELISA that cut turnaround from 3 weeks to 4 days
- Performed RT-qPCR and Western blotting for target validation studies

Education
B.S. Biology, University of Florida, 2020
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill", ["cell-culture", "flow-cytometry", "elisa", "western-blotting", "qpcr", "flowjo"]
)
def test_lab_techniques_are_asked_and_shown(report, skill):
    line = requirement_line(report, skill)
    assert line.importance == "required"
    assert line.status == "matched", line.reason
    assert not line.listed_only


def test_aseptic_technique_is_the_labs(report):
    asked = {s for r in report.requirements for s in r.skills}
    assert "aseptic-technique" in asked
    assert "infection-control" not in asked


def test_a_sector_is_no_skill(report):
    assert not any("academia" in r.label.lower() for r in report.requirements)


def test_crispr_is_preferred(report):
    assert requirement_line(report, "crispr").importance == "preferred"


def test_a_given_name_is_no_assay():
    text = entry_resume("Office Manager, Acme", "Trained Elisa and Mark on payroll")
    profile = extract(Document.from_text(text, source="resume.txt"), kind="resume")
    assert "elisa" not in {s.id for s in profile.skills}
