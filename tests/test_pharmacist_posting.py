"""A community pharmacist against a chain's staff pharmacist posting: a count or a range
between a verb and its object is passed over ("Verify 250-350 prescriptions", "Give 1,500+
vaccines"); interaction screening, MTM and counselling are read; the pharmacist's licence, the
APhA immunization certificate and the PharmD are read; records kept are a claim ("keep CII
counts and DEA records audit-ready")."""

from __future__ import annotations

from builders import assert_matched, text_report

POSTING = """\
Staff Pharmacist - Retail
CareWell Pharmacy #1187 | Tucson, AZ

Responsibilities
- Verify prescriptions for accuracy, appropriateness and drug interactions
- Counsel patients on new prescriptions, OTC products and adherence
- Administer immunizations (flu, COVID-19, shingles, Tdap) under state protocols
- Perform medication therapy management (MTM) reviews
- Maintain DEA controlled substance records

Requirements
- PharmD from an ACPE-accredited school of pharmacy
- Active Arizona pharmacist license
- Immunization certification (APhA Pharmacy-Based Immunization Delivery)
"""

RESUME = """\
Sofia Ramirez, PharmD
Tucson, AZ | sofia.ramirez.rph@example.com | (520) 555-0183

LICENSURE & CERTIFICATIONS
- Registered Pharmacist, Arizona State Board of Pharmacy
- APhA Pharmacy-Based Immunization Delivery Certificate

EXPERIENCE
Pharmacist, Desert Health Pharmacy — Tucson, AZ | July 2021 – Present
- Verify 250-350 prescriptions a day and screen for interactions and dose errors
- Counsel patients on new medications, inhalers and OTC choices
- Give 1,500+ vaccines a season (influenza, COVID-19, Shingrix, Tdap)
- Complete MTM and comprehensive medication reviews
- Supervise 4 technicians and keep CII counts and DEA records audit-ready

EDUCATION
Doctor of Pharmacy (PharmD), University of Arizona, 2021
"""


def test_a_pharmacist_against_a_staff_pharmacist_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "prescription-processing",
        "pharmacology",
        "patient-education",
        "injections",
        "medication-therapy-management",
        "controlled-substances",
        "pharmacist-license",
        "pharmacist-immunization-certification",
    ):
        line = assert_matched(report, skill)
        assert not line.listed_only, skill
    (degree,) = report.education
    assert degree.status == "matched" and degree.level == "pharmd"
