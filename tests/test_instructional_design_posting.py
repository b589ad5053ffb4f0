"""A teacher turned instructional designer against an L&D posting: the tools and methods of
the field are read (Articulate 360 and Adobe Captivate as tools of their own, SCORM and the LMS,
e-learning modules, the Kirkpatrick model, adult learning principles); a Master of Education in
Instructional Design and Technology meets "a Bachelor's degree in Instructional Design,
Education" (it had met the level only); "Education" names a field beside a degree, not as a
heading or a benefit ("Life-Long Learning & Education")."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Instructional Designer (L&D)
Northwind Logistics – Columbus, OH (hybrid, 2 days on site)

Northwind's Learning & Development team builds training for 6,000 warehouse, driver and office
employees. We are hiring an Instructional Designer to create engaging e-learning and
instructor-led programs.

Key responsibilities
1. Partner with subject matter experts to analyze training needs and define learning objectives
2. Design and develop e-learning modules in Articulate Storyline and Rise 360, job aids, videos
   and facilitator guides
3. Apply adult learning principles and instructional design models (ADDIE, SAM)
4. Publish SCORM packages to our LMS (Cornerstone) and keep course catalog data accurate
5. Measure training effectiveness using the Kirkpatrick model and learner feedback
6. Facilitate train-the-trainer sessions for site trainers

Qualifications
• Bachelor's degree in Instructional Design, Education, Communications or related field
• 2+ years designing corporate training or e-learning
• Proficiency with Articulate 360 and Camtasia; Adobe Captivate a plus
• Strong writing and project management skills; able to manage several projects at once
• Portfolio of e-learning samples required

Preferred
• Experience in logistics, manufacturing or another operations-heavy industry
• Spanish speaker
"""

RESUME = """\
Rebecca Thompson, M.Ed.
Columbus, OH | 614-555-0117 | rebecca.thompson@example.com | Portfolio: rthompsonlearning.com

Former high school science teacher turned instructional designer. I design learning that people
actually finish.

PROFESSIONAL EXPERIENCE

Instructional Designer (Contract) — Buckeye Health Partners, Columbus, OH
Jan 2024 – Present
- Designed 9 compliance and onboarding e-learning courses in Articulate Storyline 360 and Rise;
  completion rose from 71% to 93%
- Interviewed nurses and managers (SMEs) to define learning objectives and write storyboards
- Built software simulations and how-to videos in Camtasia
- Published SCORM 1.2 courses to Workday Learning and reported Level 1 and Level 2 evaluation
  results

Science Teacher — Westerville City Schools, Westerville, OH
Aug 2015 – Dec 2023
- Planned and taught chemistry and biology to 150 students a year using backward design
- Led professional development workshops on Google Classroom for 40 staff
- Trained 12 new teachers as a mentor in the district's induction program
- Coordinated the science fair for 300 students each spring

EDUCATION
Master of Education (M.Ed.), Instructional Design and Technology – Ohio State University, 2022
B.S. Biology – Ohio University, 2015

CERTIFICATIONS
ATD Instructional Design Certificate (2023)

TOOLS
Articulate 360 (Storyline, Rise), Camtasia, Canva, Vyond, Google Workspace, Microsoft 365
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    ["articulate-360", "camtasia", "lms"],
)
def test_an_instructional_designer_s_work_is_asked_and_shown(report, skill: str) -> None:
    assert_matched(report, skill)


def test_instructional_design_is_shown_by_the_title_and_the_courses(report) -> None:
    lines = [r for r in report.requirements if "instructional-design" in r.skills]
    assert lines and all(r.status == "matched" for r in lines)


def test_the_preferred_authoring_tool_is_its_own_requirement(report) -> None:
    line = requirement_line(report, "adobe-captivate")
    assert line.importance == "preferred" and line.status == "partial"
    assert requirement_line(report, "articulate-360").importance == "required"


def test_a_master_of_education_meets_the_field(report) -> None:
    (degree,) = report.education
    assert degree.status == "matched" and degree.credit == 1


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        (
            "Apply adult learning principles and instructional design models (ADDIE, SAM)",
            "adult-learning",
        ),
        ("Measure training effectiveness using the Kirkpatrick model", "training-evaluation"),
        ("Publish SCORM packages to our LMS (Cornerstone)", "lms"),
    ],
)
def test_the_methods_of_the_field_are_read(line: str, skill: str) -> None:
    assert skill in {s.id for s in posting_item(line).skills}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Requirements\n- Bachelor's degree in Education or Psychology\n",
            {"education-field", "psychology"},
        ),
        ("Benefits\n- Tuition assistance, Life-Long Learning & Education\n", set()),
    ],
)
def test_education_is_a_field_beside_a_degree(text: str, fields: set[str]) -> None:
    profile = extract(text, kind="job")
    found = {f for e in profile.education for f in e.fields}
    assert found == fields
    assert "education-field" not in {s.id for s in profile.skills} or fields


def test_a_storyline_of_a_novel_is_no_authoring_tool() -> None:
    line = "Wrote the Storyline and dialogue for two published novels"
    assert "articulate-360" not in {s.id for s in posting_item(line).skills}


def test_working_conditions_ask_for_no_skill() -> None:
    profile = extract(
        "Requirements\n- 3+ years of instructional design experience\n\nWorking Conditions\n"
        "Regular time on the plant floor; must wear required PPE (safety glasses, steel-toe"
        " shoes) in production areas.\n",
        kind="job",
    )
    asked = {s.id for s in profile.skills if s.importance is not None}
    assert "personal-protective-equipment" not in asked


@pytest.mark.parametrize(
    "line",
    [
        "3+ years of instructional design experience in a corporate or industrial setting",
        "Working knowledge of SCORM packaging and testing",
    ],
)
def test_a_setting_or_a_bare_activity_is_no_other_skill(line: str) -> None:
    item = posting_item(line)
    names = {s.name.lower() for s in item.other_skills}
    assert names.isdisjoint({"corporate", "testing"})
