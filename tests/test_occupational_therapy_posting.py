"""An occupational therapist against an inpatient rehabilitation posting: a patient's "ADLs"
are activities of daily living, not Azure Data Lake Storage; "OTR" beside NBCOT is the
therapist's registration, not over-the-road trucking; the therapy's work (plans of care,
neuro rehab, adaptive equipment, home safety, IRF-PAI) is read; CBIS or LSVT BIG is one
choice; a master's in occupational therapy names its field."""

from __future__ import annotations

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Occupational Therapist - Inpatient Rehabilitation
Lakeshore Rehabilitation Hospital | Milwaukee, WI

Responsibilities
- Evaluate patients and write individualized plans of care with functional goals
- Treat patients 1:1 and in groups to improve ADLs, IADLs, transfers and functional mobility
- Provide neuro rehab interventions, including cognitive retraining
- Train patients and caregivers on adaptive equipment; complete home safety evaluations
- Score the IRF-PAI (Section GG) accurately

Requirements
- Master's or Doctorate in Occupational Therapy
- Current Wisconsin OT license and NBCOT certification
- CBIS or LSVT BIG certification is a plus
"""

RESUME = """\
Hannah Kowalski, OTR/L
Milwaukee, WI · 414-555-0133 · hannah.kowalski.ot@example.com

LICENSES & CERTIFICATIONS
- NBCOT Certified (OTR), 2022
- Certified Brain Injury Specialist (CBIS), 2024

EXPERIENCE
Occupational Therapist | Froedtert Hospital, Milwaukee, WI | Sept 2022 - Present
- Write plans of care with measurable ADL and functional mobility goals
- Deliver visual scanning and cognitive retraining after stroke
- Train patients and families on adaptive equipment; complete home safety assessments
- Complete Section GG scoring on the IRF-PAI

EDUCATION
Master of Science in Occupational Therapy (MSOT), Mount Mary University, 2022
"""


def test_an_occupational_therapist_against_an_inpatient_rehab_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "care-planning",
        "activities-of-daily-living",
        "neurorehabilitation",
        "adaptive-equipment",
        "post-acute-assessments",
        "occupational-therapy-license",
    ):
        assert_matched(report, skill)
    group = requirement_line(report, "cbis")
    assert set(group.skills) == {"cbis", "lsvt-certification"} and group.status == "matched"
    asked = {s for r in report.requirements for s in r.skills}
    assert "azure-blob-storage" not in asked
    assert "truck-driving" not in {s.id for s in report.extra}
    (degree,) = report.education
    assert degree.status == "matched" and "occupational-therapy-field" in degree.fields


def test_adls_and_otr_keep_their_other_senses() -> None:
    item = posting_item("Land raw files in ADLS and transform them in Databricks")
    assert "azure-blob-storage" in {s.id for s in item.skills}
    driver = extract(
        "EXPERIENCE\nCDL-A Driver | Swift | 2019 - present\n- OTR driving, 2,500 miles a week\n",
        kind="resume",
    )
    assert "truck-driving" in {s.id for s in driver.skills}
