"""An outpatient physical therapist against an orthopedic clinic's posting: the therapist's
work (evaluations, manual therapy, therapeutic exercise and home exercise programs, gait
training), the rehab software, the state licence, the Doctor of Physical Therapy and the
specialist certifications are read; the construction site's CSCS card is no strength coach's
certification."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Physical Therapist – Outpatient Orthopedics
Summit Motion Physical Therapy – Columbus, OH

Responsibilities
• Evaluate patients and develop individualized plans of care
• Provide manual therapy, therapeutic exercise, neuromuscular re-education and gait training
• Document evaluations, daily notes and progress reports in WebPT

Qualifications
• Doctor of Physical Therapy (DPT) from a CAPTE-accredited program
• Current Ohio PT license (or eligible)
"""

RESUME = """\
Dana Okafor
Dublin, OH · dana.okafor.dpt@example.com · (614) 555-0177

LICENSURE & CERTIFICATIONS
Licensed Physical Therapist, State of Ohio (PT.012345)

CLINICAL EXPERIENCE
Physical Therapist — OhioHealth Sports Medicine, Westerville, OH (2021 – Present)
- Evaluate and treat 14–16 patients per day with orthopedic and sports injuries
- Manual therapy (joint mobilization, soft tissue mobilization), therapeutic exercise and gait
  training
- Document evals and progress notes in Epic and WebPT to Medicare standards

EDUCATION
Doctor of Physical Therapy, The Ohio State University, 2021
"""


def test_a_physical_therapist_against_an_outpatient_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "patient-assessment",
        "manual-therapy",
        "therapeutic-exercise",
        "gait-training",
        "rehab-therapy-software",
        "physical-therapist-license",
    ):
        assert_matched(report, skill)
    (degree,) = report.education
    assert degree.level == "dpt" and degree.status == "matched"


def test_a_cscs_card_is_no_strength_coach_certification() -> None:
    resume = extract("Certifications\nCSCS card (labourer), IPAF\n", kind="resume")
    assert "cscs" not in {s.id for s in resume.certifications}
