"""A mechanical design engineer against a design posting: a tool the duties name and the
qualifications ask for in an either/or group is asked once, a duty's knowledge area is asked,
and "GD&T." at the end of a sentence is GD&T."""

from __future__ import annotations

import pytest

from gapcheck import analyze, extract
from gapcheck.pipeline import build_nlp

POSTING = """\
Mechanical Design Engineer
Harbor Robotics - Pittsburgh, PA

Responsibilities
- Design mechanical assemblies and sheet-metal parts in SolidWorks.
- Run FEA and tolerance stack-up analyses; apply GD&T to drawings.

Requirements
- Bachelor's degree in Mechanical Engineering.
- Proficiency in SolidWorks or Creo.
- Working knowledge of GD&T (ASME Y14.5).
"""

RESUME = """\
Tomas Alvarez
tomas.alvarez@example.com | (555) 010-3321

EXPERIENCE
Mechanical Engineer, Keystone Automation, Pittsburgh, PA        2020 - Present
- Designed conveyor modules in Creo; released 120+ drawings with GD&T.
- Ran FEA on brackets to cut their weight 18%.

EDUCATION
B.S. in Mechanical Engineering, University of Pittsburgh, 2020
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_a_tool_of_the_duties_asked_in_a_group_is_asked_once(report) -> None:
    asking = [r for r in report.requirements if "solidworks" in r.skills]
    assert [r.skills for r in asking] == [("solidworks", "creo")]
    assert asking[0].status == "matched"  # Creo is enough


def test_a_duty_asked_alone_stays_a_requirement_without_a_group() -> None:
    posting = "Responsibilities\n- Design parts in SolidWorks.\n\nRequirements\n- GD&T\n"
    skills = [r.skills for r in analyze(RESUME, posting).requirements]
    assert ("solidworks",) in skills


def test_the_knowledge_area_a_duty_runs_is_asked(report) -> None:
    job = extract(POSTING, kind="job")
    assert next(s for s in job.skills if s.id == "finite-element-analysis").importance == (
        "required"
    )
    fea = next(r for r in report.requirements if "finite-element-analysis" in r.skills)
    assert fea.status == "matched"


def test_a_full_stop_after_an_ampersand_name_is_split() -> None:
    words = [t.text for t in build_nlp().make_doc("drawings with GD&T. Led R&D. At AT&T.")]
    assert words == ["drawings", "with", "GD&T", ".", "Led", "R&D", ".", "At", "AT&T", "."]
    drawing = next(s for s in extract(RESUME, kind="resume").skills if s.id == "technical-drawing")
    assert drawing.usage == "experience"
