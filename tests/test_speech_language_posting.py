"""A school speech-language pathologist against a district's SLP posting: speech and language
therapy, assessment (CELF-5, GFTA-3), AAC, IEPs, the disorders treated, SOAP notes, the
licence, the ASHA CCC-SLP and the school credential are read; "Communication Sciences and
Disorders" is the degree's field, not the soft skill; "AAC (LAMP, TouchChat)" names no web
stack; "Bill Medicaid" and "diagnose ... disorders" are duties done."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Speech-Language Pathologist (School-Based)
Cedar Valley Community School District · Waterloo, IA

Duties
- Screen, evaluate and diagnose articulation, language, fluency and voice disorders
- Write and implement IEPs; lead annual IEP meetings with families and teachers
- Deliver individual and small-group therapy and classroom-based (push-in) services
- Use AAC devices with students who need augmentative and alternative communication
- Keep Medicaid billing and progress notes current

Qualifications
- Master's degree in Speech-Language Pathology or Communication Sciences and Disorders
- Iowa speech-language pathology license
- ASHA Certificate of Clinical Competence (CCC-SLP) preferred
- Experience with standardized assessments (CELF-5, GFTA-3, PLS-5)
"""

RESUME = """\
Hannah Lindqvist, M.S., CCC-SLP
Cedar Falls, IA | hannah.lindqvist@example.com | 319-555-0199

LICENSURE
Iowa Speech-Language Pathology License #08812

EXPERIENCE
Speech-Language Pathologist, Black Hawk Elementary Schools, Waterloo, IA    2021–present
• Evaluate students with CELF-5, GFTA-3 and language samples; write eval reports
• Write IEP goals and lead 40+ IEP meetings a year with families and teams
• Provide pull-out, push-in and small-group therapy; set up core-vocabulary AAC on iPads
• Bill Medicaid for eligible sessions and keep SOAP notes in the district system

Clinical Fellow (CF-SLP), Allen Hospital Outpatient Rehab, Waterloo, IA       2020–2021
• Treated adults with aphasia, dysarthria and dysphagia after stroke

EDUCATION
M.S., Communication Sciences and Disorders — University of Northern Iowa, 2020

SKILLS
Articulation and phonology · Language intervention · AAC (LAMP, TouchChat) · IEP writing
"""


def test_a_school_slp_against_a_district_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "speech-language-therapy",
        "speech-language-assessment",
        "communication-disorders",
        "aac",
        "individualized-education-programs",
        "clinical-documentation",
        "slp-license",
        "ccc-slp",
    ):
        line = assert_matched(report, skill)
        assert not line.listed_only, skill
    assert not assert_matched(report, "medicare-medicaid").listed_only
    asked = {s for r in report.requirements for s in r.skills}
    assert "communication" not in asked  # the degree's field, not the soft skill
    (degree,) = report.education
    assert degree.status == "matched" and degree.fields == ("speech-language-pathology",)
    assert "lamp-stack" not in {s.id for s in extract(RESUME, kind="resume").skills}


def test_lamp_is_the_web_stack_beside_php_and_aac_beside_devices() -> None:
    web = extract("Skills\nLAMP (Linux, Apache, MySQL, PHP), WordPress\n")
    ids = {s.id for s in web.skills}
    assert "lamp-stack" in ids and "aac" not in ids
    audio = extract("Experience\nMedia Engineer, Acme (2019 - 2024)\n- Encoded AAC audio files\n")
    assert "aac" not in {s.id for s in audio.skills}
