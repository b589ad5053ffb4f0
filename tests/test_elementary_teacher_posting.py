"""A second-grade teacher against a third-grade posting: the work of a classroom is read
(lesson planning, classroom routines, guided reading and phonics, formative assessment and
NWEA MAP, Common Core, Seesaw and Google Classroom, an ESL endorsement); math in a list of
school subjects is a class taught, not mathematics; LETRS in progress is not held yet; a
"Bachelor of Science" names no science."""

from __future__ import annotations

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
3rd Grade Teacher
Maple Grove Elementary School, Springfield, IL

Essential duties
- Plan and deliver lessons aligned to Common Core standards in ELA and math
- Teach reading, writing, math, science and social studies to a class of 24 students
- Use formative assessments and NWEA MAP data to group students
- Teach phonics and small-group guided reading
- Build a positive classroom culture with clear routines
- Communicate with families through conferences and Seesaw

Qualifications
- Bachelor's degree in Elementary Education
- Knowledge of the science of reading; LETRS training is a plus
- ESL or bilingual endorsement preferred
- Proficiency with Google Classroom and classroom technology
"""

RESUME = """\
Emily Rodriguez
Springfield, IL · emily.rodriguez.teach@example.com · 217-555-0160

Teaching Experience
2nd Grade Teacher, Lincoln Elementary School — Decatur, IL
August 2022 – Present
• Plan weekly lessons aligned to Common Core standards in ELA and math
• Run daily small-group guided reading and phonics instruction using UFLI Foundations
• Use exit tickets and NWEA MAP data to regroup students every six weeks
• Set up classroom routines; office referrals fell by half in one year
• Post weekly updates for families on Seesaw; co-plan lessons on Google Classroom

Education
Bachelor of Science in Elementary Education, Illinois State University, 2022

Licensure & Training
ESL Endorsement, 2023
LETRS Volume 1 (in progress)
"""


def test_a_second_grade_teacher_against_a_third_grade_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "curriculum-development",
        "learning-standards",
        "student-assessment",
        "student-assessment-platforms",
        "literacy-instruction",
        "classroom-management",
        "classroom-technology",
        "esl-endorsement",
    ):
        assert_matched(report, skill)
    assert requirement_line(report, "letrs").status == "partial"  # in progress
    asked = {s for r in report.requirements for s in r.skills}
    assert "mathematics" not in asked and "other:science" not in asked


def test_math_beside_statistics_is_still_mathematics() -> None:
    item = posting_item("Strong math and statistics background")
    assert "mathematics" in {s.id for s in item.skills}
