"""An IT support technician against a school district's help desk posting: "Associate degree
or CompTIA A+" is one requirement that either meets; "Bilingual English/Spanish" is one
requirement, met only by the language it names and only in full at a fluent level (the tip
asks for the level, never for the word "bilingual"); a job title line is no sentence of the
cover letter; Chromebooks, asset inventory and classroom AV are read."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import analyze, extract
from gapcheck.tailor import draft_cover_letter, resume_tips
from gapcheck.tailor.phrasing import first_person

POSTING = """\
IT Support Technician
Harbor County Schools | Tacoma, WA

Responsibilities
- Respond to tickets in ServiceNow and resolve or escalate them
- Deploy and repair Windows laptops and Chromebooks
- Maintain asset inventory and support classroom AV equipment

Requirements
- Associate degree in Information Technology or CompTIA A+ certification
- 2+ years of help desk experience
- Excellent customer service skills

Nice to have
- Bilingual English/Spanish
"""

RESUME = """\
JORDAN LEE
jordan.lee@example.com | (253) 555-0142

EXPERIENCE
Desktop Support Technician, Cascade Health Partners, Tacoma, WA
March 2022 - Present
- Resolve 25-30 ServiceNow tickets a day with a 94% first-contact resolution rate
- Reimaged and repaired 350 Windows laptops and 80 Chromebooks
- Track 1,200 devices in our hardware inventory (Snipe-IT)
- Set up AV equipment for 30 conference rooms

Help Desk Associate, Pierce College, Lakewood, WA
June 2020 - February 2022
- Answered walk-in and phone requests with friendly customer service

CERTIFICATIONS
CompTIA A+ (2020)

SKILLS
Windows, ServiceNow, Spanish (conversational)

EDUCATION
Lincoln High School, Tacoma, WA - High School Diploma, 2019
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_a_certification_the_posting_takes_instead_of_the_degree_meets_it(report) -> None:
    (degree,) = report.education
    assert degree.level == "associate-degree"
    assert degree.alternatives == ("comptia-a-plus",)
    assert degree.status == "matched", degree.reason
    assert "CompTIA A+" in degree.reason
    # The certification is no requirement of its own, and no skill "not asked for".
    assert not [r for r in report.requirements if "comptia-a-plus" in r.skills]
    assert "comptia-a-plus" not in {e.id for e in report.extra}


def test_neither_the_degree_nor_its_alternative_is_one_gap() -> None:
    resume = RESUME.replace("CompTIA A+ (2020)", "Cisco CCNA (2021)")
    (degree,) = analyze(resume, POSTING).education
    assert degree.status == "missing"
    assert "neither" in degree.reason and "CompTIA A+" in degree.reason


@pytest.mark.parametrize(
    ("line", "alternatives"),
    [
        ("Associate degree in IT or CompTIA A+ certification", ("comptia-a-plus",)),
        ("CCNA certification or a bachelor's degree", ("ccna",)),
        ("Bachelor's degree or an active CompTIA Security+ or CISSP", None),
        # An "and" ends the degree's side: the certifications are asked besides it.
        ("Bachelor's degree in Computer Science and Security+ or CISSP", ()),
        ("Bachelor's degree in Computer Science; CompTIA A+ certification", ()),
    ],
)
def test_which_certifications_stand_in_for_a_degree(line: str, alternatives) -> None:
    (degree,) = posting_item(line).education
    if alternatives is None:
        assert set(degree.alternatives) == {"comptia-security-plus", "cissp"}
    else:
        assert degree.alternatives == alternatives


def test_a_certification_asked_besides_the_degree_stays_a_requirement() -> None:
    job = posting_item("Bachelor's degree in Computer Science and Security+ or CISSP")
    assert {s.id for s in job.certifications if s.standalone is not False} | {
        m for g in job.groups for m in g.skills
    } >= {"comptia-security-plus", "cissp"}


def test_bilingual_with_its_languages_is_one_requirement(report) -> None:
    line = requirement_line(report, "multilingualism")
    assert line.label == "Multilingualism (English, Spanish)"
    assert line.credit_kind == "implied" and line.credited_through == "spanish"
    assert not [r for r in report.requirements if {"english", "spanish"} & set(r.skills)]
    assert "spanish" not in {e.id for e in report.extra}


def test_bilingual_is_met_by_the_language_it_names_only() -> None:
    fluent = analyze(RESUME.replace("Spanish (conversational)", "Spanish (fluent)"), POSTING)
    assert requirement_line(fluent, "multilingualism").status == "matched"
    french = analyze(RESUME.replace("Spanish (conversational)", "French (fluent)"), POSTING)
    line = requirement_line(french, "multilingualism")
    assert line.status == "missing"
    assert "French" in line.reason and "Spanish" in line.reason


def test_the_tip_asks_for_the_level_never_for_the_word_bilingual(report) -> None:
    tips = resume_tips(report, resume_text=RESUME)
    (tip,) = [t for t in tips if t.requirement == "multilingualism"]
    assert tip.kind == "state-level" and tip.skills == ("spanish",)
    assert "fluent" in tip.message and "Bilingual" not in tip.message


def test_a_job_title_line_is_no_sentence_of_the_letter(report) -> None:
    letter = draft_cover_letter(report)
    assert "Desk Associate" not in letter.text and "Cascade Health" not in letter.text
    assert first_person("Help Desk Associate, Pierce College, Lakewood, WA") is None
    assert first_person("Support Engineer, Acme") is None
    assert first_person("Build Airflow pipelines") == "I build Airflow pipelines."


@pytest.mark.parametrize(
    "skill", ["servicenow", "chromeos", "it-asset-management", "audiovisual-equipment"]
)
def test_the_help_desks_work_is_asked_and_shown(report, skill: str) -> None:
    assert_matched(report, skill)


def test_knowledge_base_and_imaging_words() -> None:
    resume = extract(
        "EXPERIENCE\nIT Technician, Acme\n2020 - 2024\n"
        "- Wrote 40 how-to articles\n- Introduced knowledge management for the service desk (KCS)\n"
        "- Reimaged laptops with Microsoft Deployment Toolkit\n"
    )
    assert {"technical-writing", "knowledge-management", "os-deployment"} <= set(resume.skill_ids)
