"""Nursing postings and resumes: clinical skills, licences and life-support cards are read, and
the same words in software postings are not."""

from __future__ import annotations

import pytest

from builders import entry_resume
from gapcheck import analyze, extract
from gapcheck.components.sections import find_sections
from gapcheck.documents import Document
from gapcheck.tailor import resume_tips

POSTING = """\
Registered Nurse - Cardiac Step-Down (Days)
Riverbend General Hospital

Responsibilities
- Assess patients, plan and evaluate care for 4 patients per shift
- Administer medications and IV therapy; interpret telemetry and escalate arrhythmias
- Educate patients and families before discharge

Requirements
- Active RN license in good standing
- BLS and ACLS required; PALS a plus
- 2+ years of acute care experience
- CCRN or PCCN preferred
"""

RESUME = """\
Dana Whitfield
dana.whitfield@example.com | (555) 010-2288

LICENSES AND CERTIFICATIONS
Registered Nurse, State Board of Nursing (active)
BLS and ACLS, American Heart Association

EXPERIENCE
Registered Nurse, Medical ICU, Lakeside Medical Center
Jan 2020 - Present
- Cared for two critically ill patients a shift; titrated drips and monitored arterial lines
- Administered medications and IV therapy through central lines
- Taught patients and families before discharge

EDUCATION
Bachelor of Science in Nursing, State University, 2019
"""


def _found(text: str, kind: str = "job") -> dict[str, str | None]:
    profile = extract(text, kind=kind)  # type: ignore[arg-type]
    return {s.id: s.importance for s in (*profile.skills, *profile.certifications)}


def test_a_nursing_posting_asks_for_its_licence_cards_and_clinical_skills() -> None:
    found = _found(POSTING)
    for skill in (
        "rn-license",
        "bls-certification",
        "acls-certification",
        "acute-care",
        "medication-administration",
        "iv-therapy",
        "telemetry",
    ):
        assert found.get(skill) == "required", (skill, found)
    assert found.get("pals-certification") == "preferred"
    assert found.get("ccrn-certification") == "preferred"
    assert found.get("pccn-certification") == "preferred"


def test_an_intensive_care_nurse_meets_acute_care_and_holds_her_cards() -> None:
    report = analyze(RESUME, POSTING)
    by_skill = {r.skills[0]: r for r in report.requirements}
    # A medical ICU is acute care: implied, not missing.
    assert by_skill["acute-care"].status == "partial"
    assert by_skill["acute-care"].credit_kind == "implied"
    # A card in the certifications section is held, not "only listed".
    for card in ("bls-certification", "acls-certification", "rn-license"):
        assert by_skill[card].status == "matched", card
        assert not by_skill[card].listed_only, card


def test_a_missing_certification_is_listed_not_added_to_an_experience_entry() -> None:
    report = analyze(RESUME, POSTING)
    actions = [f.action for f in report.summary.fix_first] if report.summary else []
    ccrn = [a for a in actions if "CCRN" in a or "PCCN" in a]
    assert ccrn
    assert all("under your certifications, if you hold one" in a for a in ccrn), ccrn
    assert not any("experience entry" in a for a in ccrn)


def test_the_skills_section_tip_leaves_certifications_to_their_own_section() -> None:
    report = analyze(RESUME, POSTING)
    tips = resume_tips(report, resume_text=RESUME)
    section_tips = [t for t in tips if t.kind == "add-section"]
    assert section_tips
    for tip in section_tips:
        assert "ACLS" not in tip.message and "RN license" not in tip.message


@pytest.mark.parametrize(
    ("line", "not_found"),
    [
        ("React Native (RN) experience is a plus for our mobile app", "rn-license"),
        ("Using ICU (International Components for Unicode) for i18n", "critical-care-nursing"),
        ("Build telemetry pipelines with OpenTelemetry and Prometheus", "telemetry"),
        ("Experience with network monitoring and telemetry solutions", "telemetry"),
        ("Triage bugs and alerts with the on-call team", "triage"),
        ("Familiarity with BLS data or other labour statistics", "bls-certification"),
        ("Teach health education and physical education to grades 6-8", "patient-education"),
    ],
)
def test_clinical_words_in_other_work_are_not_clinical_skills(line: str, not_found: str) -> None:
    assert not_found not in _found(f"Requirements\n- {line}\n")


def test_markdown_star_bullets_are_not_headings() -> None:
    text = "## What you need\n* BLS and ACLS required; PALS a plus\n* Experience with CRRT\n"
    headings = [s.heading for s in find_sections(text, "job") if s.heading]
    assert headings == ["What you need"]


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("Staff Nurse, Medical ICU, Lakeside Medical Center", "critical-care-nursing"),
        ("Registered Nurse | Med-Surg, Mercy Hospital", "medical-surgical-nursing"),
        ("ICU Nurse, Mercy Hospital", "critical-care-nursing"),
    ],
)
def test_the_unit_on_an_entrys_title_line_is_where_the_nurse_worked(line: str, unit: str) -> None:
    assert unit in _found(entry_resume(line, "Cared for two patients a shift"), kind="resume")


def test_a_unit_named_in_passing_is_no_claim() -> None:
    resume = "EXPERIENCE\nWorked with the nurse, ICU staff and physicians on daily rounds\n"
    assert "critical-care-nursing" not in _found(resume, kind="resume")


MED_SURG_POSTING = """\
Registered Nurse (RN) – Medical/Surgical Unit
St. Brendan Regional Medical Center · Full-time, nights (3 x 12-hour shifts)

Position Summary
The Med/Surg RN provides direct patient care to adult patients on a 32-bed unit, using the nursing
  process to assess, plan, implement and evaluate care in collaboration with the interdisciplinary
  team.

Essential Functions
1. Performs head-to-toe assessments and documents in the electronic health record (Epic).
2. Administers medications, IV therapy and blood products per policy.
3. Monitors patients after surgery and recognizes changes in condition; escalates to the rapid
   response team.
4. Educates patients and families on diagnoses, medications and discharge plans.
5. Delegates to and supervises LPNs and patient care technicians.
6. Maintains patient confidentiality in accordance with HIPAA.

Qualifications
Required:
• Graduate of an accredited school of nursing (ADN or BSN)
• Current, unrestricted RN license in the State of Ohio or a compact license
• BLS certification from the American Heart Association
• 1 year of acute care nursing experience
Preferred:
• BSN
• ACLS certification
• Med/Surg certification (CMSRN)
• Experience with Epic

Physical demands: must be able to lift 50 lbs and stand for extended periods.
"""

MED_SURG_RESUME = """\
Maria L. Gonzalez, RN, BSN
Columbus, OH · (614) 555-0199 · maria.gonzalez.rn@example.com

PROFESSIONAL SUMMARY
Registered nurse with 3 years of acute care experience on a medical-surgical and telemetry unit.
  Calm under pressure, thorough in assessment and patient teaching.

LICENSES & CERTIFICATIONS
Registered Nurse, State of Ohio (multistate compact), exp. 2027
Basic Life Support (BLS), American Heart Association, exp. 2026
Advanced Cardiovascular Life Support (ACLS), American Heart Association, exp. 2026

CLINICAL EXPERIENCE
Staff Nurse, Med/Surg-Telemetry, Riverside Methodist Hospital, Columbus, OH
July 2022 – Present
- Care for 5-6 adult patients per shift: post-operative, cardiac, diabetic and respiratory
- Perform head-to-toe assessments, medication administration, IV insertion and blood transfusions
- Chart assessments and care plans in Epic; super-user for the 2023 Epic upgrade
- Recognize early signs of sepsis and call rapid response; precepted 4 new graduate nurses
- Teach patients and families about new medications, wound care and discharge instructions
- Delegate tasks to patient care technicians

Nurse Extern, Ohio State Wexner Medical Center, Columbus, OH
May 2021 – May 2022
- Assisted RNs with vital signs, ambulation and patient hygiene on an orthopedic unit

EDUCATION
Bachelor of Science in Nursing (BSN), The Ohio State University, 2022

SKILLS
Patient assessment · Medication administration · IV therapy · Wound care · Telemetry monitoring ·
  Epic · Patient education · Time management · Bilingual English/Spanish
"""


def test_a_med_surg_nurse_meets_the_duties_written_as_verbs() -> None:
    # "Administers medications", "Educates patients and families on ... discharge plans" are
    # met by the resume's medication administration and its discharge instructions.
    report = analyze(
        Document.from_text(MED_SURG_RESUME, source="resume.txt"),
        Document.from_text(MED_SURG_POSTING, source="job.txt"),
    )
    for skill in ("medication-administration", "patient-education", "discharge-planning"):
        (line,) = [r for r in report.requirements if skill in r.skills]
        assert line.status == "matched", line.reason


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Graduate of an accredited school of nursing (ADN or BSN)", "associate-degree"),
        ("Associate Degree in Nursing required; BSN preferred", "associate-degree"),
        ("BSN required", "bachelors-degree"),
    ],
)
def test_an_associate_degree_in_nursing_is_the_least_level_asked(line: str, level: str) -> None:
    education = extract(f"Qualifications\n- {line}\n", kind="job").education
    assert education[0].level == level


def test_adn_in_networking_is_no_degree() -> None:
    profile = extract("Requirements\n- Experience with ADN and load balancers\n", kind="job")
    assert not profile.education
