"""A graduating student against a new-grad posting: a posting that asks for a degree
"(graduating between Dec 2026 and Jun 2027)" takes one on its way in full; "You might be a fit
if you have" introduces the requirements; "Curiosity and a willingness to learn" asks for both
(the cue "willingness to learn" governs what follows it, not what it is listed beside); a
duty bullet that opens with a practice asks for it ("Debugging production issues");
"Contributions to open source" is a skill, not an other skill called "contributions"."""

from __future__ import annotations

import pytest

from builders import requirement_line, text_report

POSTING = """\
Software Engineer, New Grad (2027 Start)
Lumen Labs - Seattle, WA

What you'll work on
* Features across our stack: a TypeScript/React web app and Python services on AWS
* Debugging production issues with senior engineers

You might be a fit if you have
* A BS or MS in Computer Science or a related field (graduating between Dec 2026 and Jun 2027)
* Solid fundamentals in data structures and algorithms
* Curiosity and a willingness to learn

Bonus
* Contributions to open source
"""

RESUME = """\
JORDAN LEE
jordan.lee@example.edu - 206-555-0123

EDUCATION
University of Washington, Seattle - B.S. in Computer Science        Expected June 2027
Relevant coursework: Data Structures, Algorithms, Databases

EXPERIENCE
Software Engineering Intern, Nimbus Health                           Jun 2026 - Sep 2026
- Built a patient-intake form in React and TypeScript used by 40 clinics
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_a_posting_for_students_takes_a_degree_on_its_way(report):
    (degree,) = report.education
    assert degree.status == "matched", degree.reason
    assert degree.fields == ("computer-science",)
    assert "not finished" in degree.reason


def test_a_degree_on_its_way_is_partial_elsewhere():
    posting = POSTING.replace(" (graduating between Dec 2026 and Jun 2027)", "")
    assert text_report(RESUME, posting).education[0].status == "partial"


def test_a_listed_willingness_to_learn_governs_no_neighbour(report):
    assert requirement_line(report, "curiosity").importance == "required"


@pytest.mark.parametrize("skill", ["debugging", "data-structures", "algorithms"])
def test_the_fit_list_and_the_duties_ask(report, skill):
    assert requirement_line(report, skill).importance == "required"


def test_open_source_contributions_are_a_skill(report):
    assert requirement_line(report, "open-source-contribution").importance == "preferred"
    assert not any(r.label.lower() == "contributions" for r in report.requirements)
