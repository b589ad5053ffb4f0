"""A medical device quality engineer against a device maker's posting: CAPAs, NCMRs, complaint
investigations, process validation (IQ/OQ/PQ), ISO 14971 risk files, the device regulations
(21 CFR 820, EU MDR) and sampling plans are read; a degree in Biomedical Engineering is a degree
in engineering."""

from __future__ import annotations

from builders import assert_matched, text_report

POSTING = """\
Quality Engineer II – Medical Devices
Northline Surgical, Inc. · Minneapolis, MN

Responsibilities
- Own CAPAs, nonconformance reports (NCMRs) and complaint investigations through closure
- Lead process validations (IQ/OQ/PQ) and test method validations for new product lines
- Maintain risk management files per ISO 14971 (PFMEA, dFMEA)
- Review design history files and device master records during design transfer

Requirements
- Bachelor's degree in engineering (biomedical, mechanical or similar)
- Working knowledge of ISO 13485 and 21 CFR 820 (QMSR); EU MDR a plus
- Statistical techniques: sampling plans (ANSI Z1.4), capability studies (Cpk), Gage R&R
"""

RESUME = """\
Rachel Ostrowski
Saint Paul, MN · rachel.ostrowski@example.com · (651) 555-0133

PROFESSIONAL EXPERIENCE
Quality Engineer — Cardiac Rhythm Devices, Medtronic, Mounds View, MN      2021 – Present
  * Owned 30+ CAPAs and 120 NCMRs; cut median CAPA cycle time from 140 to 85 days
  * Wrote and executed IQ/OQ/PQ protocols for two automated lead assembly lines
  * Updated PFMEAs and the ISO 14971 risk management file after field complaints
  * Supported an FDA inspection under 21 CFR 820 with no 483s
  * Built capability studies (Cpk) in Minitab and ran Gage R&R on vision systems

Manufacturing Engineer — Boston Scientific, Arden Hills, MN                 2018 – 2021
  * Transferred a catheter line to production: process FMEA, work instructions, DHR review

EDUCATION
B.S. Biomedical Engineering, University of Minnesota, 2018
"""


def test_a_device_quality_engineer_against_a_device_makers_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "capa",
        "nonconformance-management",
        "complaint-investigation",
        "process-validation",
        "iso-14971",
        "medical-device-regulations",
        "statistical-process-control",
    ):
        assert_matched(report, skill)
    (degree,) = report.education
    assert degree.fields == ("engineering",)
    assert degree.status == "matched" and degree.credit == 1  # biomedical is engineering
