"""A professional fee coder against an outpatient coding posting: ICD-10-CM, CPT and HCPCS,
E/M coding, provider queries (CDI), risk adjustment (HCC), the coding credentials (CPC or CCS)
and the encoders are read; "3M 360 Encompass" is a coding encoder, not the mortgage system;
"CPT" beside coding words is the code set; "CPC" in an ad buyer's resume is a cost per click."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Outpatient Medical Coder II (Remote)
Lakeshore Health Partners

Responsibilities
• Assign ICD-10-CM, CPT and HCPCS codes to clinic visits and outpatient surgery
• Review provider documentation and code E/M visits, procedures and modifiers
• Query providers when documentation is unclear; work with CDI on documentation gaps
• Stay current on NCCI edits and LCD/NCD policies

Requirements
• CPC (AAPC) or CCS (AHIMA) required
• Experience with Epic and an encoder (3M 360 Encompass or Optum EncoderPro)
• Risk adjustment (HCC) coding experience a plus
"""

RESUME = """\
Tamika Brooks, CPC, CRC
Milwaukee, WI · tamika.brooks@example.com · (414) 555-0167

EXPERIENCE
Professional Fee Coder — Froedtert Health, Milwaukee, WI                    03/2022 – Present
- Code 90–110 E/M and radiology encounters per day with ICD-10-CM, CPT and HCPCS in 3M 360
- Clear NCCI edits before claims drop; review documentation against LCD policies
- Send compliant provider queries through Epic In Basket; partner with CDI on recurring gaps
- Abstracted HCC diagnoses for risk adjustment reviews of Medicare Advantage patients

CERTIFICATIONS
Certified Professional Coder (CPC), AAPC — 2020
"""


def test_a_coder_against_an_outpatient_coding_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "icd-10-coding",
        "cpt-coding",
        "em-coding",
        "clinical-documentation-improvement",
        "coding-compliance",
        "coding-encoders",
        "epic-systems",
        "risk-adjustment-coding",
    ):
        assert_matched(report, skill)
    credential = assert_matched(report, "cpc-certification")
    assert set(credential.skills) == {"cpc-certification", "ccs-certification"}
    assert "encompass" not in {s for r in report.requirements for s in r.skills}


def test_an_ad_buyers_cpc_is_a_cost_per_click() -> None:
    resume = extract(
        "Experience\nPaid Search Manager, Acme (2019 - 2024)\n"
        "- Cut average CPC by 22% and lifted ROAS across Google Ads campaigns\n"
    )
    assert "cpc-certification" not in {s.id for s in resume.certifications}
