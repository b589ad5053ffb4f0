"""A clinical dietitian's Word resume against a hospital's RDN posting: medical nutrition
therapy, nutrition assessment (ADIME, NFPE), enteral and parenteral nutrition, diet education,
the RDN credential and the state licence are read; "CDN" beside "RDN" is New York's dietitian
licence, not a content delivery network; "charting in Epic" shows Epic; "physicians, nurses
and speech therapy" are colleagues; "Russell Sage College" is no Sage software; a certification
whose exam is only scheduled is not held yet."""

from __future__ import annotations

from pathlib import Path

import docx

from builders import assert_matched
from gapcheck import Analyzer, extract

POSTING = """\
Clinical Dietitian (RDN)
St. Brigid Medical Center · Albany, NY

Responsibilities
- Complete nutrition assessments using the ADIME process; perform NFPE
- Recommend and monitor enteral and parenteral nutrition (tube feeding, TPN)
- Provide diabetes and renal diet education to patients and families
- Document in Epic and communicate plans with physicians, nurses and speech therapy

Qualifications
- Registered Dietitian Nutritionist (RDN) credential with the CDR
- New York State Certified Dietitian/Nutritionist (CDN) or eligible
- CNSC or CDCES preferred
"""


def _resume(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Megan O'Hara, MS, RDN, CDN")
    document.add_paragraph("Troy, NY | megan.ohara@example.com | 518-555-0177")
    document.add_heading("Experience", 1)
    document.add_paragraph("Clinical Dietitian II — Samaritan Hospital, Troy, NY — 2022 – Present")
    for bullet in (
        "Assess 12–15 inpatients a day using ADIME charting in Epic",
        "Perform NFPE and diagnose malnutrition per ASPEN/AND criteria",
        "Calculate enteral and parenteral nutrition regimens and monitor tolerance",
        "Teach carb counting and renal diet education to patients and families",
    ):
        document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", 1)
    document.add_paragraph("M.S. Nutrition Science — Russell Sage College, 2022")
    document.add_heading("Credentials", 1)
    document.add_paragraph("Registered Dietitian Nutritionist (RDN), 2022")
    document.add_paragraph("Certified Dietitian/Nutritionist (CDN), New York State, 2022")
    document.add_paragraph("Certified Nutrition Support Clinician (CNSC) — exam scheduled 2027")
    out = path / "resume.docx"
    document.save(str(out))
    return out


def test_a_dietitian_against_a_hospital_posting(tmp_path: Path) -> None:
    job = tmp_path / "job.txt"
    job.write_text(POSTING, encoding="utf-8")
    report = Analyzer().analyze(_resume(tmp_path), job)
    for skill in (
        "nutrition-assessment",
        "nutrition-support",
        "diet-education",
        "epic-systems",
        "rdn-credential",
        "dietitian-license",
    ):
        assert_matched(report, skill)
    asked = {s for r in report.requirements for s in r.skills}
    assert not {"content-delivery-networks", "speech-language-therapy"} & asked
    cnsc = next(r for r in report.requirements if "cnsc-certification" in r.skills)
    assert cnsc.status == "partial" and cnsc.in_progress  # the exam is only scheduled
    education = extract(_resume_text(), kind="resume")
    assert not {"sage-accounting", "sage-erp"} & {s.id for s in education.skills}


def _resume_text() -> str:
    return "Education\nM.S. Nutrition Science — Russell Sage College, 2022\n"


def test_a_cdn_beside_web_words_is_still_a_content_delivery_network() -> None:
    posting = extract(
        "Requirements\n- Serve static assets through a CDN (Cloudflare) with edge caching\n",
        kind="job",
    )
    ids = {s.id for s in posting.skills} | {s.id for s in posting.certifications}
    assert "content-delivery-networks" in ids and "dietitian-license" not in ids
