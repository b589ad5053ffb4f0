"""A licensed mental health counselor against a clinic's outpatient therapist posting: the
models of psychotherapy (CBT, DBT, TF-CBT, EMDR), DSM-5 diagnosis, treatment plans, the C-SSRS
and measurement-based care are read with the counselor licences; "within 48 hours of service"
is a deadline, no trucker's hours of service; a dentist's treatment plans are no therapist's;
Oracle's MFT is managed file transfer, not a family therapist."""

from __future__ import annotations

from builders import assert_all_matched, posting_item, text_report
from gapcheck import extract

POSTING = """\
Outpatient Therapist - Licensed Mental Health Counselor
Cascade Pines Behavioral Health - Tacoma, WA

Responsibilities
• Complete intake assessments and DSM-5-TR diagnoses
• Develop individualized, measurable treatment plans with clients; review every 90 days
• Provide evidence-based therapy such as CBT, DBT, TF-CBT and EMDR
• Conduct suicide risk assessments (C-SSRS) and crisis intervention
• Complete progress notes in our EHR within 48 hours of service
• Use PHQ-9 and GAD-7 for measurement-based care

Required Qualifications
• LMHC, LICSW or LMFT license in good standing
"""

RESUME = """\
Rachel Lindqvist, MA, LMHC
Lakewood, WA · rachel.lindqvist@example.com

Clinical Experience
Outpatient Therapist, LMHC | Sound Harbor Community Counseling | Tacoma, WA
Sept 2021 - Present
- Complete intakes, biopsychosocial assessments and DSM-5-TR diagnoses; write
  measurable, client-centered treatment plans and update them every 90 days
- Provide individual therapy using CBT, DBT skills, TF-CBT and EMDR for PTSD and anxiety
- Screen every new client with the C-SSRS; track PHQ-9 and GAD-7 scores each month

Licensure
Licensed Mental Health Counselor (LMHC), Washington State, since 2021
"""


def test_a_counselor_against_a_clinics_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(
        report,
        "dsm-5-diagnosis",
        "treatment-planning",
        "cognitive-behavioral-therapy",
        "dialectical-behavior-therapy",
        "trauma-focused-therapy",
        "c-ssrs",
        "measurement-based-care",
        "lmhc",
    )
    asked = {skill for line in report.requirements for skill in line.skills}
    assert "hours-of-service" not in asked


def test_a_drivers_hours_of_service_are_still_read() -> None:
    item = posting_item("Log hours of service on the ELD and keep DOT logs current")
    assert "hours-of-service" in {s.id for s in item.skills}


def test_a_dentists_treatment_plans_are_no_therapists() -> None:
    item = posting_item("Educate patients on home care and treatment plans", section="Duties")
    found = {s.id for s in item.skills}
    assert found.isdisjoint({"treatment-planning", "care-planning"})


def test_oracles_mft_is_managed_file_transfer() -> None:
    profile = extract("SKILLS\nOracle SOA, MFT and WebLogic 12c, ODI\n", kind="resume")
    found = {s.id for s in profile.skills}
    assert "managed-file-transfer" in found and "family-therapy" not in found


def test_a_counselors_groups_safety_plans_notes_and_supervision_are_read() -> None:
    profile = extract(
        "EXPERIENCE\n"
        "Outpatient Therapist | Sound Harbor Counseling | 2021 - Present\n"
        "- Co-lead a weekly adult DBT skills group (8-10 members)\n"
        "- Complete Stanley-Brown safety plans; cover same-day crisis walk-ins\n"
        "- Document within 24 hours; 98% on-time notes in the chart audit\n"
        "- Moved my caseload to telehealth (SimplePractice, Doxy.me) in 2020\n"
        "- Weekly supervision toward LMHC licensure; 3,000+ supervised hours completed\n",
        kind="resume",
    )
    found = {s.id for s in profile.skills}
    assert {
        "group-therapy",
        "crisis-intervention",
        "ehr-systems",
        "clinical-documentation",
        "clinical-supervision",
    } <= found
