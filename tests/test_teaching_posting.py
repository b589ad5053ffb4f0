"""A teaching posting: a teacher's licence, teaching shown by a past action and by the heading
of the entries, and a spoken language that is held, not "only listed"."""

from __future__ import annotations

from gapcheck import analyze, extract

RESUME = """\
Elena Vasquez
elena.vasquez@example.org | 970-555-0121

LICENSURE
Colorado Professional Teacher License, Secondary Mathematics (7-12)

TEACHING EXPERIENCE
Math Teacher, Thompson Valley Middle School, Loveland, CO - Aug 2023 - Jun 2026
- Use weekly exit tickets and unit tests to regroup students

Math Teacher, Mountain View High School, Loveland, CO - Aug 2021 - Jun 2023
- Planned Algebra I and Geometry units in Canvas

EDUCATION
B.S. in Mathematics, Colorado State University, 2021

LANGUAGES
English (native), Spanish (conversational)
"""

POSTING = """\
Middle School Math Teacher

Qualifications
- Valid teaching license with a Mathematics endorsement
- 4+ years of classroom teaching experience
- Spanish language skills are a plus
"""


def test_a_teacher_license_is_a_teaching_certification() -> None:
    profile = extract(RESUME, kind="resume")
    assert "teaching-certification" in {c.id for c in profile.certifications}


def test_teaching_under_a_teaching_heading_counts_every_entry_below_it() -> None:
    teaching = {s.id: s for s in extract(RESUME, kind="resume").skills}["teaching"]
    assert teaching.usage == "experience"
    assert teaching.years is not None and teaching.years >= 4.5  # both entries, 2021 to 2026


def test_a_teacher_meets_the_posting_and_her_spanish_is_held() -> None:
    report = analyze(RESUME, POSTING)
    by_skill = {r.skills[0]: r for r in report.requirements}
    assert by_skill["teaching-certification"].status == "matched"
    assert by_skill["teaching"].status == "matched"
    assert by_skill["spanish"].status == "matched"
    assert not by_skill["spanish"].listed_only
